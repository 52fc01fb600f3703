import { useAnalysis } from '../analysis/analysis-context';
import { useWorkspace } from '../state/workspace-store';
import { useTheme } from '../theme/theme';
import { PolicyEditor } from './policy-editor';
import { RoleField } from './role-field';

const NO_FINDINGS: never[] = [];

export function EditorPanel({ readOnly }: { readonly readOnly: boolean }) {
  const policyText = useWorkspace((s) => s.policyText);
  const setPolicyText = useWorkspace((s) => s.setPolicyText);
  const dark = useTheme((s) => s.dark);
  const { policy } = useAnalysis();
  return (
    <section className="panel editor-panel" aria-label="Policy">
      <header className="panel-header">
        <h2>Trust policy</h2>
      </header>
      <RoleField readOnly={readOnly} />
      <p className="hint" id="editor-keys">
        In the editor, Tab indents: press Ctrl+M (⌃⇧M on a Mac) to make Tab move to the next control, and
        again to switch back. Ctrl+Space completes elements, operators and condition keys.
      </p>
      <PolicyEditor
        value={policyText}
        onChange={setPolicyText}
        findings={policy.paused ? NO_FINDINGS : policy.findings}
        dark={dark}
        readOnly={readOnly}
        describedBy="editor-keys"
      />
    </section>
  );
}

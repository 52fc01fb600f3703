import type { Finding, Severity } from '@trustwright/core';
import { useAnalysis } from '../analysis/analysis-context';
import { useEditorBridge } from '../editor/editor-bridge';

const GROUPS: { readonly severity: Severity; readonly title: string }[] = [
  { severity: 'error', title: 'Errors: AWS would reject the policy' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];

/** Every finding on the policy, grouped by severity; each one jumps to its place. */
export function FindingsPanel() {
  const { policy } = useAnalysis();
  const reveal = useEditorBridge((s) => s.reveal);
  if (policy.paused) return null;
  const findings = policy.findings;
  return (
    <section className="panel findings" aria-label="Findings">
      <header className="panel-header">
        <h2>Findings</h2>
        <span className="count">{countText(findings)}</span>
      </header>
      {findings.length === 0 && (
        <p className="empty">No findings: AWS would accept this policy and nothing looks risky.</p>
      )}
      {GROUPS.map(({ severity, title }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`finding-group ${severity}`}>
            <h3>
              {title} ({group.length})
            </h3>
            <ul>
              {group.map((f, i) => {
                const at = f.span === undefined ? undefined : policy.lines.positionAt(f.span.start);
                const span = f.span;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id; their order is stable per text.
                  <li key={`${f.code}-${i}`} className="finding">
                    <span className="finding-code">{f.code}</span>
                    <span className="finding-message">{f.message}</span>
                    {f.help !== undefined && <span className="finding-help">{f.help}</span>}
                    {at !== undefined && span !== undefined && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => reveal(span)}
                        aria-label={`Show ${f.code} at line ${at.line}, column ${at.column}`}
                      >
                        line {at.line}:{at.column}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function countText(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const others = findings.length - errors;
  return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${others} other`;
}

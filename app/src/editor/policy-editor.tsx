import { type Ref, useCallback, useRef } from 'react';
import { useLoaded } from '../layout/use-loaded';
import { useEditorBridge } from './editor-bridge';
import type { MonacoPolicyEditorProps } from './monaco-policy-editor';

const loadMonaco = () => import('./monaco-policy-editor');

type PolicyEditorProps = Omit<MonacoPolicyEditorProps, 'takeFocus'>;

/**
 * The policy editor: a plain textarea until Monaco is up, so the page is usable at once and a
 * failed Monaco load still leaves a working editor. Monaco starts loading once the page has
 * committed its first render, so its download, compile and CSS stay off the first paint; it
 * mounts hidden behind the textarea and takes over only when it is ready, with the focus and
 * the caret if the textarea had them (nothing typed in between is lost).
 */
export function PolicyEditor(props: PolicyEditorProps) {
  const monaco = useLoaded(loadMonaco);
  const ready = useEditorBridge((s) => s.ready);
  const plain = useRef<HTMLTextAreaElement>(null);
  const takeFocus = useCallback(() => {
    const textarea = plain.current;
    return textarea !== null && document.activeElement === textarea ? textarea.selectionStart : undefined;
  }, []);
  const Monaco = monaco.state === 'loaded' ? monaco.value.default : undefined;
  return (
    <>
      <div className="editor-frame">
        {!(Monaco !== undefined && ready) && <PlainPolicyEditor {...props} textarea={plain} />}
        {Monaco !== undefined && (
          <div className={ready ? 'monaco-host' : 'monaco-host pending'}>
            <Monaco {...props} takeFocus={takeFocus} />
          </div>
        )}
      </div>
      {monaco.state === 'failed' && (
        <p className="editor-status" role="status">
          The code editor could not be loaded, so this is a plain text box: findings and verdicts still follow
          every edit. Reload the page to try again.
        </p>
      )}
    </>
  );
}

function PlainPolicyEditor({
  value,
  onChange,
  readOnly,
  textarea,
}: PolicyEditorProps & { readonly textarea: Ref<HTMLTextAreaElement> }) {
  return (
    <textarea
      ref={textarea}
      className="plain-editor"
      aria-label="Trust policy"
      spellCheck={false}
      value={value}
      readOnly={readOnly}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

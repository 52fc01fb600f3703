import { encodeShareFragment, LONG_LINK_WARNING_CHARS } from '@trustwright/share';
import { useId, useMemo, useRef, useState } from 'react';
import { downloadTrustFile } from '../files/file-actions';
import { usePanelFocus } from '../layout/use-panel-focus';
import { useWorkspace, workspaceOf } from '../state/workspace-store';
import { toShareState } from './share-state';

type Link = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

function makeLink(view: 'edit' | 'review'): Link {
  try {
    const fragment = encodeShareFragment(toShareState(workspaceOf(useWorkspace.getState()), view));
    // Only the fragment changes: it never reaches a server, not even this site's.
    return { ok: true, url: `${location.origin}${location.pathname}${location.search}#${fragment}` };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'The link could not be made.' };
  }
}

/** The Share panel: a link holding the whole state, for editing or for review. */
export function SharePanel({ onClose }: { readonly onClose: () => void }) {
  const [review, setReview] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>(undefined);
  // Everything the link carries: it is rebuilt whenever any of it changes.
  const workspace = useWorkspace(
    (s) =>
      s.policyText + s.role + JSON.stringify(s.scenarios) + s.selectedId + JSON.stringify(s.suppressions),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the link follows the work it encodes.
  const link = useMemo(() => makeLink(review ? 'review' : 'edit'), [review, workspace]);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const { heading, onKeyDown } = usePanelFocus(onClose);

  const copy = async () => {
    if (!link.ok) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied('failed');
    }
  };

  return (
    <section className="panel share-panel" aria-label="Share" onKeyDown={onKeyDown}>
      <header className="panel-header">
        <h2 ref={heading} tabIndex={-1}>
          Share
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="hint">
        The link holds the policy, the role and the scenarios, compressed into the part after “#”, which
        browsers never send to a server. Anyone with the link can read the policy.
      </p>
      <label className="inline">
        <input type="checkbox" checked={review} onChange={(e) => setReview(e.target.checked)} /> Reviewer link
        (opens read-only)
      </label>
      {link.ok ? (
        <>
          <div className="field">
            <label htmlFor={id}>Share link</label>
            <div className="row">
              <input
                ref={input}
                id={id}
                readOnly
                value={link.url}
                onFocus={(e) => e.target.select()}
                aria-describedby={`${id}-size`}
              />
              <button type="button" onClick={copy}>
                Copy link
              </button>
            </div>
            <small id={`${id}-size`} className="hint">
              {link.url.length.toLocaleString('en')} characters
            </small>
          </div>
          <p role="status" className="hint">
            {copied === 'yes'
              ? 'Copied.'
              : copied === 'failed'
                ? 'The browser refused the clipboard: press Ctrl+C to copy the selected link.'
                : ''}
          </p>
          {link.url.length > LONG_LINK_WARNING_CHARS && (
            <div className="notice error" role="alert">
              <span>
                This link is {link.url.length.toLocaleString('en')} characters long; some chat and mail
                programs cut links over about {LONG_LINK_WARNING_CHARS.toLocaleString('en')}. Send the trust
                file instead.
              </span>
              <button type="button" onClick={() => void downloadTrustFile()}>
                Download the trust file
              </button>
            </div>
          )}
        </>
      ) : (
        <p className="notice error" role="alert">
          {link.message}
        </p>
      )}
    </section>
  );
}

import { applyEdits, type Finding, formatPath, type LineIndex } from '@trustwright/core';
import { useEffect, useId, useState } from 'react';
import { useEditorBridge } from '../editor/editor-bridge';
import { useWorkspace } from '../state/workspace-store';
import { MarkdownView } from './markdown-view';
import { hasRuleDoc, loadRuleDoc } from './rule-docs';

/** Where the focus goes once a finding has left the list: its new place, or the panel. */
export type Resolved = 'accepted' | 'heading';

interface FindingItemProps {
  readonly finding: Finding;
  readonly lines: LineIndex;
  readonly readOnly: boolean;
  /** The finding was fixed or accepted from here: the button pressed is about to go. */
  readonly onResolved: (where: Resolved) => void;
}

/** One finding: where, what, how to fix; its doc page, quick fixes, and accepting it with a reason. */
export function FindingItem({ finding: f, lines, readOnly, onResolved }: FindingItemProps) {
  const reveal = useEditorBridge((s) => s.reveal);
  const [open, setOpen] = useState<'doc' | 'suppress' | undefined>(undefined);
  const at = f.span === undefined ? undefined : lines.positionAt(f.span.start);
  const span = f.span;
  const id = useId();
  return (
    <li className="finding">
      <span className="finding-code">{f.code}</span>
      <span className="finding-message">{f.message}</span>
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
      {f.help !== undefined && <span className="finding-help">{f.help}</span>}
      <span className="finding-actions">
        {!readOnly &&
          f.suggestions?.map((s) => (
            <button
              key={s.title}
              type="button"
              onClick={() => {
                const { policyText, setPolicyText } = useWorkspace.getState();
                setPolicyText(applyEdits(policyText, s.edits));
                onResolved('heading');
              }}
            >
              Fix: {s.title}
              {s.changesAccess ? ' (changes who can assume the role)' : ''}
            </button>
          ))}
        {hasRuleDoc(f.code) && (
          <button
            type="button"
            aria-expanded={open === 'doc'}
            aria-controls={`${id}-more`}
            onClick={() => setOpen(open === 'doc' ? undefined : 'doc')}
          >
            About {f.code}
          </button>
        )}
        {!readOnly && f.severity !== 'error' && (
          <button
            type="button"
            aria-expanded={open === 'suppress'}
            aria-controls={`${id}-more`}
            onClick={() => setOpen(open === 'suppress' ? undefined : 'suppress')}
          >
            Accept…
          </button>
        )}
      </span>
      <div id={`${id}-more`} className="finding-more">
        {open === 'doc' && <RuleDoc code={f.code} />}
        {open === 'suppress' && (
          <SuppressForm
            finding={f}
            onDone={() => {
              setOpen(undefined);
              onResolved('accepted');
            }}
          />
        )}
      </div>
    </li>
  );
}

function RuleDoc({ code }: { readonly code: string }) {
  const [page, setPage] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadRuleDoc(code).then((text) => {
      if (live) setPage(text ?? `No page for ${code}.`);
    });
    return () => {
      live = false;
    };
  }, [code]);
  return (
    <section className="rule-doc" aria-label={`Rule ${code}`}>
      {page === undefined ? <p className="hint">Loading…</p> : <MarkdownView source={page} />}
    </section>
  );
}

/** Accepting a warning needs a reason; it is kept in the trust file for the next reviewer. */
function SuppressForm({ finding, onDone }: { readonly finding: Finding; readonly onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const id = useId();
  return (
    <form
      className="suppress-form"
      aria-label={`Accept ${finding.code}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim() === '') {
          setError('Say why this is acceptable: the reason is what the next reviewer reads.');
          return;
        }
        useWorkspace
          .getState()
          .suppress({ code: finding.code, path: formatPath(finding.path), reason: reason.trim() });
        onDone();
      }}
    >
      <label htmlFor={id}>Why is this acceptable here?</label>
      <input
        id={id}
        className="suppress-input"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={error !== undefined ? true : undefined}
      />
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Accept with this reason</button>
    </form>
  );
}

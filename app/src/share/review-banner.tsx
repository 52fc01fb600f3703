import { useWorkspace } from '../state/workspace-store';

/** Tells a reviewer they are looking at someone else's work, and offers an editable copy. */
export function ReviewBanner() {
  const readOnly = useWorkspace((s) => s.readOnly);
  const editCopy = useWorkspace((s) => s.editCopy);
  if (!readOnly) return null;
  return (
    <section className="notice review" aria-label="Reviewer view">
      <span>
        Reviewer view: this is a shared trust policy, read-only. Verdicts, explanations and findings are
        computed here, in your browser.
      </span>
      <button type="button" className="primary" onClick={editCopy}>
        Edit a copy
      </button>
    </section>
  );
}

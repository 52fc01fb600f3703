import { useWorkspace } from '../state/workspace-store';

/** Messages about files, links and storage; errors are announced, nothing is a modal dialog. */
export function Notices() {
  const notices = useWorkspace((s) => s.notices);
  const { dismiss, restorePrevious } = useWorkspace.getState();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          {n.offerRestore && (
            <button type="button" onClick={restorePrevious}>
              Restore previous work
            </button>
          )}
          <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

import { useView, VIEWS } from './view-store';

/** Switches between the policy workbench, the account/repository scan and the change review. */
export function ViewNav() {
  const view = useView((s) => s.view);
  const show = useView((s) => s.show);
  return (
    <nav aria-label="Views" className="view-nav">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          aria-current={v.id === view ? 'page' : undefined}
          onClick={() => show(v.id)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}

import { useIncomingLink } from './incoming-link';

/** The choice between a shared copy and the user's own work; neither is lost. */
export function IncomingLinkOffer() {
  const { offer, accept, decline } = useIncomingLink();
  if (offer === undefined) return null;
  return (
    <section className="notice offer" aria-label="Shared link">
      <span>
        This link holds a shared trust policy with {offer.scenarios.length}{' '}
        {offer.scenarios.length === 1 ? 'scenario' : 'scenarios'}. Your own work differs. Open the shared copy
        (your work stays restorable) or keep your work?
      </span>
      <button type="button" className="primary" onClick={accept}>
        Open the shared copy
      </button>
      <button type="button" onClick={decline}>
        Keep my work
      </button>
    </section>
  );
}

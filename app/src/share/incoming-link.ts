import { create } from 'zustand';
import type { Workspace } from '../state/workspace';
import { INITIAL_WORKSPACE } from '../state/workspace';
import { useWorkspace, workspaceOf } from '../state/workspace-store';
import { fromShareState, sameWork } from './share-state';

/** A shared copy waiting for the user to choose between it and their own work. */
interface IncomingLink {
  readonly offer: Workspace | undefined;
  accept(): void;
  decline(): void;
}

export const useIncomingLink = create<IncomingLink>()((set, get) => ({
  offer: undefined,
  accept: () => {
    const offer = get().offer;
    if (offer !== undefined) useWorkspace.getState().replace(offer, 'the shared copy');
    set({ offer: undefined });
    forgetFragment();
  },
  decline: () => {
    set({ offer: undefined });
    forgetFragment();
    useWorkspace
      .getState()
      .notify(
        'info',
        'Kept your own work. The shared link is unchanged: open it again to see the shared copy.',
      );
  },
}));

/** Once the user has chosen, a reload should not ask again. */
function forgetFragment(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/**
 * Opens the state in a link's fragment. Every part of it is untrusted: a link that does not
 * decode changes nothing and says why; one that does never overwrites the user's own work
 * without asking, and what it replaces stays restorable.
 */
export async function openIncomingLink(hash: string): Promise<void> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment === '') return;
  // The codec (and its compressor) loads only when a page is opened from a link.
  const { decodeShareFragment } = await import('@trustwright/share');
  const store = useWorkspace.getState();
  const decoded = decodeShareFragment(fragment);
  if (!decoded.ok) {
    store.notify('error', decoded.error.message);
    return;
  }
  const shared = fromShareState(decoded.state);
  if (decoded.state.view === 'review') {
    store.review(shared);
    return;
  }
  const own = workspaceOf(store);
  if (store.readOnly || sameWork(own, shared) || sameWork(own, INITIAL_WORKSPACE)) {
    store.replace(shared, 'the shared link');
    forgetFragment();
    return;
  }
  useIncomingLink.setState({ offer: shared });
}

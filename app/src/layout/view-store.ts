import { create } from 'zustand';

/**
 * The app's top-level views. Kept in memory, not in the URL: the fragment carries share links,
 * and a view is a place to work, not state a reviewer must reproduce (a review link opens the
 * review view itself).
 */
export const VIEWS = [
  { id: 'policy', label: 'Policy' },
  { id: 'account', label: 'Account / repository' },
  { id: 'review', label: 'Review a change' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

interface ViewStore {
  readonly view: ViewId;
  show(view: ViewId): void;
}

export const useView = create<ViewStore>()((set) => ({
  view: 'policy',
  show: (view) => set({ view }),
}));

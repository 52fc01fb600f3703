import { useEffect, useState } from 'react';
import { useFirstPaintDone } from './first-usable-paint';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly value: T }
  | { readonly state: 'failed'; readonly error: unknown };

const settled = new Map<() => Promise<unknown>, Loaded<unknown>>();

/**
 * A module loaded on demand, as state rather than through `lazy` and `<Suspense>`: React holds
 * back the reveal of a Suspense boundary until 300 ms after any boundary last switched between
 * fallback and content, which delayed the editor by up to that much on every cold load. Here
 * the module shows as soon as it has run. Loading starts after the first usable paint (its
 * download, compile and CSS would compete with that frame on a busy machine); a failed load
 * is reported, not thrown, so the caller keeps whatever it showed meanwhile. `load` must be a
 * stable (module-level) function: its result is shared by every component that uses it.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState(() => (settled.get(load) ?? { state: 'loading' }) as Loaded<T>);
  const painted = useFirstPaintDone();
  useEffect(() => {
    if (loaded.state !== 'loading' || !painted) return;
    let live = true;
    const settle = (result: Loaded<T>) => {
      settled.set(load, result);
      if (live) setLoaded(result);
    };
    load().then(
      (value) => settle({ state: 'loaded', value }),
      (error: unknown) => settle({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [load, loaded.state, painted]);
  return loaded;
}

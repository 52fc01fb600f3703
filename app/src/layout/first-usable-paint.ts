import { useLayoutEffect, useSyncExternalStore } from 'react';

/** The mark scripts/measure-app.mjs reports as "first usable paint". */
export const FIRST_USABLE_PAINT = 'trustwright:usable';

let painted = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * True once the first usable page has been painted. Work the first paint does not need (the
 * analysis, Monaco, the plain-words panel) waits for it, so it cannot delay that frame: a task
 * that starts between React's commit and the browser's next frame would hold the frame back.
 */
export function useFirstPaintDone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => painted,
    () => painted,
  );
}

/**
 * Marks the first usable paint: the end of the first frame that shows the committed page (the
 * policy textarea, the What-if panel and their handlers). Called from the App's layout effect,
 * which runs after the DOM is committed and before the browser paints: the animation frame
 * requested here runs in that frame's rendering step, and a message posted from it is handled
 * once that frame has been painted.
 */
export function useFirstUsablePaintMark(): void {
  useLayoutEffect(() => {
    if (painted) return;
    const frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        if (!painted) performance.mark(FIRST_USABLE_PAINT);
        done();
      };
      channel.port2.postMessage(undefined);
    });
    // A page opened in a background tab gets no animation frames until it is shown: it should
    // still be ready then.
    const fallback = setTimeout(done, 1000);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
    };
  }, []);
}

function done(): void {
  if (painted) return;
  painted = true;
  for (const listener of listeners) listener();
}

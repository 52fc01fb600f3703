import { systemNow } from './resolve-request.js';

/** Epoch ms of a `now` option (epoch ms or a Date); the system clock when there is none. */
export function clockOf(now: number | Date | undefined): number {
  if (now === undefined) return systemNow();
  return typeof now === 'number' ? now : now.getTime();
}

import { formatInstant, parseDateTime } from '../validate/datetime.js';

export interface WindowTimes {
  /** A time inside the window: what every scenario that is not about time uses. */
  readonly inside: string;
  readonly beforeStart?: string;
  readonly afterEnd?: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Times for window scenarios: DateGreaterThan/DateLessThan are strict, so "inside" must be
 * strictly between the bounds and the near misses an hour outside them.
 */
export function windowTimes(start: string, end: string): WindowTimes | undefined {
  const from = start === '' ? undefined : parseDateTime(start);
  const to = end === '' ? undefined : parseDateTime(end);
  if (from === undefined && to === undefined) return undefined;
  const inside =
    from !== undefined && to !== undefined
      ? midpoint(from, to)
      : from !== undefined
        ? from + DAY
        : (to as number) - DAY;
  return {
    inside: formatInstant(inside),
    ...(from === undefined ? {} : { beforeStart: formatInstant(from - HOUR) }),
    ...(to === undefined ? {} : { afterEnd: formatInstant(to + HOUR) }),
  };
}

/** Halfway, on a whole second when one lies strictly inside (it reads better in a scenario). */
function midpoint(from: number, to: number): number {
  const whole = Math.ceil((from + (to - from) / 2) / 1000) * 1000;
  return whole > from && whole < to ? whole : from + Math.floor((to - from) / 2);
}

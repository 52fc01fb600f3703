import { parseDate, parseNumber } from '../conditions/typed-values.js';
import type { ConditionClause, Statement } from '../model/policy.js';
import { clausesOf } from './statement-facts.js';

/** One end of the time window a statement's conditions allow. */
export interface TimeBound {
  readonly ms: number;
  readonly inclusive: boolean;
  /** The clause that sets this end (the tightest one). */
  readonly clause: ConditionClause;
}

export interface TimeWindow {
  readonly after?: TimeBound;
  readonly before?: TimeBound;
}

const TIME_KEYS = new Set(['aws:currenttime', 'aws:epochtime']);

/**
 * The request-time window a statement's conditions require, from Date operators on
 * aws:CurrentTime and aws:EpochTime and numeric operators on aws:EpochTime (both keys are the same
 * clock). Values of one clause are ORed, so a clause's lower bound is its earliest value and its
 * upper bound its latest; clauses are ANDed, so the window is the tightest of them. Clauses with
 * a set qualifier, a negated operator or an unreadable value are left out (other rules report them).
 */
export function timeWindow(s: Statement): TimeWindow {
  let after: TimeBound | undefined;
  let before: TimeBound | undefined;
  for (const { clause, op, key } of clausesOf(s)) {
    if (!TIME_KEYS.has(key) || op === undefined || op.qualifier !== undefined || op.base.negated) continue;
    const compare = op.base.compare;
    const numeric = op.base.family === 'numeric' && key === 'aws:epochtime';
    if ((op.base.family !== 'date' && !numeric) || compare === undefined || compare === 'eq') continue;
    const times = clause.values.map((v) => {
      if (numeric) {
        const seconds = parseNumber(v.text);
        return seconds === undefined ? undefined : seconds * 1000;
      }
      return parseDate(v.text)?.ms;
    });
    if (times.length === 0 || times.some((t) => t === undefined)) continue;
    const known = times.filter((t): t is number => t !== undefined);
    const inclusive = compare === 'ge' || compare === 'le';
    if (compare === 'gt' || compare === 'ge') {
      const bound = { ms: Math.min(...known), inclusive, clause };
      if (after === undefined || bound.ms > after.ms || (bound.ms === after.ms && !inclusive)) after = bound;
    } else {
      const bound = { ms: Math.max(...known), inclusive, clause };
      if (before === undefined || bound.ms < before.ms || (bound.ms === before.ms && !inclusive))
        before = bound;
    }
  }
  return { ...(after === undefined ? {} : { after }), ...(before === undefined ? {} : { before }) };
}

/** No instant satisfies both ends. */
export function isEmptyWindow(w: TimeWindow): boolean {
  if (w.after === undefined || w.before === undefined) return false;
  return (
    w.after.ms > w.before.ms || (w.after.ms === w.before.ms && !(w.after.inclusive && w.before.inclusive))
  );
}

/** The window closed at or before `now`. */
export function hasEnded(w: TimeWindow, now: number): boolean {
  const b = w.before;
  return b !== undefined && (b.inclusive ? b.ms < now : b.ms <= now);
}

/** The window opens after `now`. */
export function hasNotStarted(w: TimeWindow, now: number): boolean {
  const a = w.after;
  return a !== undefined && (a.inclusive ? a.ms > now : a.ms >= now);
}

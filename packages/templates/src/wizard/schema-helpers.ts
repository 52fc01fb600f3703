import * as z from 'zod';
import { checkCidr } from '../validate/cidr.js';
import { parseDateTime } from '../validate/datetime.js';

/** A form text field: surrounding whitespace never means anything in these values. */
export const text = () => z.string().trim();
/** A form list field; empty rows are allowed while typing and dropped by `compact`. */
export const list = () => z.array(z.string().trim());

export type Report = (path: string | readonly (string | number)[], message: string | undefined) => void;

/** Adds field-level issues; `undefined` messages are skipped so checks can be chained. */
export function reporter(ctx: z.RefinementCtx): Report {
  return (path, message) => {
    if (message === undefined) return;
    ctx.addIssue({ code: 'custom', path: typeof path === 'string' ? [path] : [...path], message });
  };
}

/** Checks each non-empty row; the issue points at the row so the form can mark it. */
export function checkRows(
  report: Report,
  field: string,
  rows: readonly string[],
  check: (row: string) => string | undefined,
): void {
  rows.forEach((row, i) => {
    if (row !== '') report([field, i], check(row));
  });
}

/** Rows without blanks and repeats, in the order given: the canonical list. */
export function compact(rows: readonly string[]): string[] {
  return [...new Set(rows.filter((r) => r !== ''))];
}

export function requireRows(report: Report, field: string, rows: readonly string[], message: string): void {
  if (compact(rows).length === 0) report(field, message);
}

export function checkCidrRows(report: Report, field: string, rows: readonly string[]): void {
  checkRows(report, field, rows, checkCidr);
}

const MINUTE = 60_000;

/**
 * A DateGreaterThan/DateLessThan window on aws:CurrentTime: each bound optional, and when both
 * are given the end must come after the start (a window ending first can never allow anyone).
 */
export function checkWindow(
  report: Report,
  startField: string,
  start: string,
  endField: string,
  end: string,
): void {
  const hint = 'Use an ISO 8601 date and time with a time zone, such as 2026-09-01T00:00:00Z.';
  const from = start === '' ? undefined : parseDateTime(start);
  const to = end === '' ? undefined : parseDateTime(end);
  if (start !== '' && from === undefined) report(startField, hint);
  if (end !== '' && to === undefined) report(endField, hint);
  if (from === undefined || to === undefined) return;
  if (to <= from) report(endField, 'The window must end after it starts.');
  else if (to - from < MINUTE) report(endField, 'The window must be at least a minute long.');
}

/**
 * Date-times for aws:CurrentTime windows. The form asks for the W3C profile of ISO 8601 with
 * an explicit time zone (semantics reference §4.3) so the policy says exactly which instant
 * it means; date-only and epoch forms are left out because Access Analyzer warns about them.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

export const DATE_TIME_HINT = 'such as 2026-09-01T00:00:00Z';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Epoch milliseconds, or undefined when the text is not a full date-time with a zone. */
export function parseDateTime(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

export function checkDateTime(text: string): string | undefined {
  if (text === '') return undefined;
  return parseDateTime(text) === undefined
    ? `Use an ISO 8601 date and time with a time zone, ${DATE_TIME_HINT}.`
    : undefined;
}

/** An instant as aws:CurrentTime carries it (milliseconds only when needed). */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

import type { JsonPath } from '../json/json-path.js';

/** A piece of a sentence; `path` says which place in the policy JSON it reads (absent for glue words). */
export interface DescriptionPart {
  readonly text: string;
  readonly path?: JsonPath;
}

export type Parts = DescriptionPart[];

export const word = (text: string): DescriptionPart => ({ text });
export const linked = (text: string, path: JsonPath): DescriptionPart => ({ text, path });

/** "a", "a or b", "a, b or c" as parts, keeping each item's own parts. */
export function joinParts(items: readonly Parts[], last: 'and' | 'or'): Parts {
  const out: Parts = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(word(i === items.length - 1 ? ` ${last} ` : ', '));
    out.push(...item);
  });
  return out;
}

/** Plain-text join for values: "a", "a or b", "a, b or c". */
export function joinWords(items: readonly string[], last: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface DateWords {
  readonly day: number;
  readonly month: string;
  readonly year: number;
  /** "" at midnight UTC, else " at 18:30 UTC" (or with seconds). */
  readonly time: string;
}

/** Parts of a date in UTC, built by hand so the words never depend on the machine's locale. */
function dateWords(ms: number): DateWords {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const pad = (n: number): string => String(n).padStart(2, '0');
  const time =
    h === 0 && m === 0 && s === 0 ? '' : ` at ${pad(h)}:${pad(m)}${s === 0 ? '' : `:${pad(s)}`} UTC`;
  return { day: d.getUTCDate(), month: MONTHS[d.getUTCMonth()] ?? '', year: d.getUTCFullYear(), time };
}

/** "1 September 2026", "1 September 2026 at 18:30 UTC". */
export function formatDay(ms: number): string {
  const w = dateWords(ms);
  return `${w.day} ${w.month} ${w.year}${w.time}`;
}

/**
 * The two ends of a window, shortened the way people write them: "1" and "7 September 2026",
 * "1 September" and "7 October 2026", or both in full.
 */
export function formatRange(from: number, to: number): [string, string] {
  const a = dateWords(from);
  const b = dateWords(to);
  const full = formatDay(to);
  if (a.time !== '' || b.time !== '' || a.year !== b.year) return [formatDay(from), full];
  return [a.month === b.month ? `${a.day}` : `${a.day} ${a.month}`, full];
}

/** 3600 → "1 hour", 90 → "90 seconds". */
export function formatSeconds(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

import ipaddr from 'ipaddr.js';

/** Values of a request context as the trust file carries them. */
export type ContextScalar = string | number | boolean;
export type ContextValue = ContextScalar | readonly ContextScalar[];

/** The text IAM compares: strings as is, numbers in decimal, booleans as true/false. */
export function scalarToText(value: ContextScalar): string {
  return typeof value === 'string' ? value : String(value);
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Integer or decimal, quoted or not (`-1`, `2.5`); no `+`, `.5`, exponents or hex. */
export function parseNumber(value: ContextScalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !DECIMAL.test(value)) return undefined;
  return Number(value);
}

const W3C_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export type DateForm = 'w3c' | 'w3c-no-zone' | 'epoch';

/**
 * Milliseconds since the epoch for the W3C profile of ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD,
 * with hh:mm, hh:mm:ss, fractions and a Z/±hh:mm zone) or epoch seconds. Exactly four digits
 * is a year. A time without a zone is read as UTC (the linter warns). Never uses Date.parse,
 * whose result depends on the machine's time zone.
 * https://www.w3.org/TR/NOTE-datetime
 */
export function parseDate(value: ContextScalar): { ms: number; form: DateForm } | undefined {
  if (typeof value === 'number')
    return inDateRange(value * 1000) ? { ms: value * 1000, form: 'epoch' } : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^\d+$/.test(value) && value.length !== 4) {
    const seconds = Number(value);
    return inDateRange(seconds * 1000) ? { ms: seconds * 1000, form: 'epoch' } : undefined;
  }
  const m = W3C_DATE.exec(value);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  // Date.UTC reads years 0-99 as 1900-1999: build those 400 years later (the same leap cycle) and step back.
  let ms =
    year < 100
      ? Date.UTC(year + 400, month - 1, day, hour, minute, second) - FOUR_CENTURIES_MS
      : Date.UTC(year, month - 1, day, hour, minute, second);
  if (frac !== undefined) ms += Math.floor(Number(frac) * 1000);
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zh > 23 || zm > 59) return undefined;
    ms -= sign * (zh * 60 + zm) * 60_000;
  }
  return { ms, form: h !== undefined && zone === undefined ? 'w3c-no-zone' : 'w3c' };
}

/** 400 Gregorian years are exactly 146,097 days. */
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;

/** Within what a JavaScript Date can hold (about ±275,000 years): anything else is not a date. */
function inDateRange(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Bool values compare case-insensitively ("True" is true); anything else is not a boolean. */
export function parseBool(value: ContextScalar): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;
export interface IpRange {
  readonly address: IpAddress;
  readonly bits: number;
}

/** A single address, strictly: four decimal parts for IPv4 (ipaddr.js alone also accepts `127.1`). */
export function parseIpAddress(value: ContextScalar): IpAddress | undefined {
  if (typeof value !== 'string' || value.includes('%')) return undefined;
  try {
    if (value.includes(':')) {
      // An embedded IPv4 tail (::ffff:203.0.113.7) follows the same strict dotted form.
      const tail = value.slice(value.lastIndexOf(':') + 1);
      if (tail.includes('.') && !ipaddr.IPv4.isValidFourPartDecimal(tail)) return undefined;
      return ipaddr.IPv6.isValid(value) ? ipaddr.IPv6.parse(value) : undefined;
    }
    return ipaddr.IPv4.isValidFourPartDecimal(value) ? ipaddr.IPv4.parse(value) : undefined;
  } catch {
    return undefined;
  }
}

const rangeCache = new Map<string, IpRange | null>();

/** CIDR, or an address alone meaning /32 (IPv4) or /128 (IPv6). Memoized (policies repeat ranges). */
export function parseIpRange(text: string): IpRange | undefined {
  let range = rangeCache.get(text);
  if (range === undefined) {
    if (rangeCache.size >= 2048) rangeCache.clear();
    range = parseRangeUncached(text) ?? null;
    rangeCache.set(text, range);
  }
  return range ?? undefined;
}

function parseRangeUncached(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const address = parseIpAddress(slash < 0 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  const max = address.kind() === 'ipv4' ? 32 : 128;
  if (slash < 0) return { address, bits: max };
  const bitsText = text.slice(slash + 1);
  if (!/^(0|[1-9]\d{0,2})$/.test(bitsText) || Number(bitsText) > max) return undefined;
  return { address, bits: Number(bitsText) };
}

export function ipInRange(address: IpAddress, range: IpRange): boolean {
  if (address.kind() !== range.address.kind()) return false;
  // Both are the same kind here; ipaddr.js types `match` per class.
  return (address as ipaddr.IPv4).match(range.address as ipaddr.IPv4, range.bits);
}

/** Base64 compared byte for byte: equal bytes have equal unpadded base64, so compare that. */
export function normalizeBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '').replace(/=+$/, '');
  return /^[A-Za-z0-9+/]*$/.test(compact) ? compact : undefined;
}

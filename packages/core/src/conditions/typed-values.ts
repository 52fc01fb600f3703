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
    return Number.isFinite(value) ? { ms: value * 1000, form: 'epoch' } : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^\d+$/.test(value) && value.length !== 4) {
    const seconds = Number(value);
    return Number.isSafeInteger(seconds) ? { ms: seconds * 1000, form: 'epoch' } : undefined;
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
  let ms =
    Date.UTC(year, month - 1, day, hour, minute, second) +
    (frac === undefined ? 0 : Math.floor(Number(frac) * 1000));
  // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly.
  if (year < 100) {
    const date = new Date(ms);
    date.setUTCFullYear(year);
    ms = date.getTime();
  }
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zh > 23 || zm > 59) return undefined;
    ms -= sign * (zh * 60 + zm) * 60_000;
  }
  return { ms, form: h !== undefined && zone === undefined ? 'w3c-no-zone' : 'w3c' };
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
    if (value.includes(':')) return ipaddr.IPv6.isValid(value) ? ipaddr.IPv6.parse(value) : undefined;
    return ipaddr.IPv4.isValidFourPartDecimal(value) ? ipaddr.IPv4.parse(value) : undefined;
  } catch {
    return undefined;
  }
}

/** CIDR, or an address alone meaning /32 (IPv4) or /128 (IPv6). */
export function parseIpRange(text: string): IpRange | undefined {
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

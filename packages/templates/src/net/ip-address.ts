/**
 * IPv4/IPv6 addresses and CIDR ranges as bytes, read the way core reads aws:SourceIp values
 * (ipaddr.js semantics: four-part decimal IPv4, RFC 4291 IPv6 with an optional dotted IPv4
 * tail, no zone IDs; an address alone is a /32 or /128). Templates may depend on core only, so
 * this small parser stands in for ipaddr.js here.
 */
export interface IpAddress {
  readonly kind: 'ipv4' | 'ipv6';
  readonly bytes: readonly number[];
}

export interface IpRange {
  readonly address: IpAddress;
  readonly bits: number;
}

const IPV4 = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4Bytes(text: string): number[] | undefined {
  const match = IPV4.exec(text);
  if (match === null) return undefined;
  const bytes = match.slice(1, 5).map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

function parseGroups(text: string): number[] | undefined {
  if (text === '') return [];
  const groups: number[] = [];
  for (const part of text.split(':')) {
    if (!HEX_GROUP.test(part)) return undefined;
    groups.push(Number.parseInt(part, 16));
  }
  return groups;
}

function parseIpv6Bytes(text: string): number[] | undefined {
  let body = text;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIpv4Bytes(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [(v4[0] as number) * 256 + (v4[1] as number), (v4[2] as number) * 256 + (v4[3] as number)];
    // Keep the colon before the IPv4 part only when it is half of a "::".
    body = text.endsWith('::', lastColon + 1) ? text.slice(0, lastColon + 1) : text.slice(0, lastColon);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseGroups(halves[0] as string);
    const rest = parseGroups(halves[1] as string);
    if (head === undefined || rest === undefined) return undefined;
    const fill = 8 - head.length - rest.length - tail.length;
    if (fill < 1) return undefined;
    groups = [...head, ...new Array<number>(fill).fill(0), ...rest, ...tail];
  } else {
    const all = parseGroups(body);
    if (all === undefined) return undefined;
    groups = [...all, ...tail];
    if (groups.length !== 8) return undefined;
  }
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

export function parseAddress(text: string): IpAddress | undefined {
  if (text.includes('%')) return undefined;
  if (text.includes(':')) {
    const bytes = parseIpv6Bytes(text);
    return bytes === undefined ? undefined : { kind: 'ipv6', bytes };
  }
  const bytes = parseIpv4Bytes(text);
  return bytes === undefined ? undefined : { kind: 'ipv4', bytes };
}

/** `203.0.113.0/24`, `2001:db8::/32`, or an address alone; undefined when not valid. */
export function parseRange(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const address = parseAddress(slash < 0 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  const max = maxBits(address);
  if (slash < 0) return { address, bits: max };
  const bitsText = text.slice(slash + 1);
  if (!/^(0|[1-9]\d{0,2})$/.test(bitsText) || Number(bitsText) > max) return undefined;
  return { address, bits: Number(bitsText) };
}

export function maxBits(address: IpAddress): number {
  return address.kind === 'ipv4' ? 32 : 128;
}

/** The range's first address (host bits cleared). */
export function networkOf(range: IpRange): IpAddress {
  return { kind: range.address.kind, bytes: range.address.bytes.map((b, i) => b & maskByte(range.bits, i)) };
}

function maskByte(bits: number, index: number): number {
  const covered = Math.min(8, Math.max(0, bits - index * 8));
  return (0xff << (8 - covered)) & 0xff;
}

export function inRange(address: IpAddress, range: IpRange): boolean {
  if (address.kind !== range.address.kind) return false;
  return address.bytes.every(
    (b, i) =>
      (b & maskByte(range.bits, i)) === ((range.address.bytes[i] as number) & maskByte(range.bits, i)),
  );
}

/** Dotted IPv4, or eight full IPv6 groups (valid everywhere; no "::" to get wrong). */
export function formatAddress(address: IpAddress): string {
  if (address.kind === 'ipv4') return address.bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2)
    groups.push((((address.bytes[i] as number) << 8) | (address.bytes[i + 1] as number)).toString(16));
  return groups.join(':');
}

/** The address with one bit flipped (bit 0 is the most significant). */
export function flipBit(address: IpAddress, bit: number): IpAddress {
  const bytes = [...address.bytes];
  const index = Math.floor(bit / 8);
  bytes[index] = (bytes[index] as number) ^ (0x80 >> (bit % 8));
  return { kind: address.kind, bytes };
}

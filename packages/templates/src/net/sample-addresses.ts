import {
  flipBit,
  formatAddress,
  type IpAddress,
  type IpRange,
  inRange,
  maxBits,
  networkOf,
  parseAddress,
  parseRange,
} from './ip-address.js';

/** The first host after the network address where the range has one, else the network address. */
function firstHost(range: IpRange): IpAddress {
  const network = networkOf(range);
  if (range.bits >= maxBits(range.address) - 1) return network;
  const bytes = [...network.bytes];
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) | 1;
  return { kind: network.kind, bytes };
}

/** An address inside the range, for the allowed scenario. */
export function insideAddress(rangeText: string): string | undefined {
  const range = parseRange(rangeText);
  return range === undefined ? undefined : formatAddress(firstHost(range));
}

/** Documentation and well-known public addresses tried when flipping bits finds nothing. */
const FALLBACKS = [
  '192.0.2.44',
  '198.51.100.77',
  '203.0.113.99',
  '8.8.4.4',
  '2001:db8:ffff::44',
  '2606:4700::1111',
];

/**
 * A public-looking address in none of the ranges, preferring the ranges' own address family so
 * the near miss reads naturally ("the office range next door"). Undefined when the ranges cover
 * every address (0.0.0.0/0 together with ::/0).
 */
export function outsideAddress(rangeTexts: readonly string[]): string | undefined {
  const ranges = rangeTexts.map(parseRange).filter((r): r is IpRange => r !== undefined);
  const outside = (a: IpAddress) => !ranges.some((r) => inRange(a, r));
  const candidates: IpAddress[] = [];
  for (const range of ranges) {
    // Flipping the last prefix bit lands in the sibling range of the same size.
    if (range.bits > 0)
      candidates.push(firstHost({ address: flipBit(networkOf(range), range.bits - 1), bits: range.bits }));
  }
  for (const text of FALLBACKS) {
    const address = parseAddress(text);
    if (address !== undefined) candidates.push(address);
  }
  const found = candidates.find(outside);
  return found === undefined ? undefined : formatAddress(found);
}

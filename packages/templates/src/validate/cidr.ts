import { type IpRange, inRange, networkOf, parseAddress, parseRange } from '../net/ip-address.js';

const EXAMPLE = 'such as 203.0.113.0/24 or 2001:db8::/32';

/**
 * Blocks aws:SourceIp never carries: it holds the caller's public address (semantics reference
 * §4.3, §7 #29), so a range inside these can never match.
 */
const NON_PUBLIC = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '::1/128',
  'fc00::/7',
  'fe80::/10',
].map((t) => parseRange(t) as IpRange);

/** Why a source-IP entry is not usable, or undefined. */
export function checkCidr(text: string): string | undefined {
  if (text === '') return undefined;
  const slash = text.indexOf('/');
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const address = parseAddress(addressText);
  if (address === undefined)
    return `Not a valid CIDR range: "${addressText}" is not an IPv4 or IPv6 address (${EXAMPLE}).`;
  const range = parseRange(text);
  if (range === undefined) {
    const max = address.kind === 'ipv4' ? 32 : 128;
    return `Not a valid CIDR range: the prefix after "/" must be a whole number from 0 to ${max}.`;
  }
  const network = networkOf(range);
  const block = NON_PUBLIC.find((b) => b.bits <= range.bits && inRange(network, b));
  if (block !== undefined)
    return `${text} is a private or reserved range; aws:SourceIp only carries public addresses, so it would never match.`;
  return undefined;
}

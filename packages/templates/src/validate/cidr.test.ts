import { describe, expect, it } from 'vitest';
import { checkCidr } from './cidr.js';

describe('checkCidr', () => {
  it.each([
    '203.0.113.0/24',
    '198.51.100.7',
    '2001:db8::/32',
    '0.0.0.0/0',
    '172.32.0.0/16',
    '100.128.0.0/10',
    '2600:1f18::/36',
  ])('%s is usable', (text) => {
    expect(checkCidr(text)).toBeUndefined();
  });

  it.each([
    '10.0.0.0/8',
    '10.20.30.0/24',
    '172.16.0.0/12',
    '192.168.1.0/24',
    '127.0.0.1',
    '169.254.0.0/16',
    '100.64.0.0/10',
    'fd00::/8',
    'fe80::/64',
    '::1',
  ])('%s is private or reserved, so it would never match aws:SourceIp', (text) => {
    expect(checkCidr(text)).toBe(
      `${text} is a private or reserved range; aws:SourceIp only carries public addresses, so it would never match.`,
    );
  });

  it('names what is wrong', () => {
    expect(checkCidr('203.0.113.0/40')).toBe(
      'Not a valid CIDR range: the prefix after "/" must be a whole number from 0 to 32.',
    );
    expect(checkCidr('203.0.113/24')).toBe(
      'Not a valid CIDR range: "203.0.113" is not an IPv4 or IPv6 address (such as 203.0.113.0/24 or 2001:db8::/32).',
    );
  });
});

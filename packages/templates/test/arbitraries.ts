/** Generators of valid form values shared by the wizards' property tests. */
import fc from 'fast-check';

export const accountId = fc.stringMatching(/^[0-9]{12}$/);

export const iamName = fc.stringMatching(/^[A-Za-z0-9+=,.@_-]{1,24}$/);

const path = fc.oneof(
  fc.constant('/'),
  fc
    .array(fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/), { minLength: 1, maxLength: 2 })
    .map((s) => `/${s.join('/')}/`),
);

export const roleArn = fc
  .tuple(accountId, path, iamName)
  .map(([account, p, name]) => `arn:aws:iam::${account}:role${p}${name}`);

export const userOrRoleArn = fc
  .tuple(accountId, fc.constantFrom('user', 'role'), path, iamName)
  .map(([account, type, p, name]) => `arn:aws:iam::${account}:${type}${p}${name}`);

export const externalId = fc.stringMatching(/^[A-Za-z0-9+=,.@:/_-]{2,40}$/);

const publicOctet = fc.constantFrom(3, 8, 13, 23, 52, 54, 81, 93, 104, 142, 185, 198, 203, 223);
const octet = fc.integer({ min: 0, max: 255 });

const ipv4Range = fc
  .tuple(publicOctet, octet, octet, octet, fc.integer({ min: 8, max: 32 }))
  .map(([a, b, c, d, bits]) => `${a}.${b}.${c}.${d}/${bits}`);

const hex = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
const ipv6Range = fc
  .tuple(fc.constantFrom('2001:db8', '2600:1f18', '2a05:d018'), hex, fc.integer({ min: 32, max: 128 }))
  .map(([prefix, group, bits]) => `${prefix}:${group}::/${bits}`);

export const cidr = fc.oneof(ipv4Range, ipv6Range);
export const cidrList = fc.uniqueArray(cidr, { maxLength: 3 });

const MINUTE = 60_000;
const instant = fc
  .integer({ min: Date.UTC(2025, 0, 1) / MINUTE, max: Date.UTC(2030, 0, 1) / MINUTE })
  .map((m) => new Date(m * MINUTE).toISOString().replace('.000Z', 'Z'));

/** Empty, open at either end, or a window of at least a minute. */
export const window = fc.oneof(
  fc.constant({ start: '', end: '' }),
  instant.map((start) => ({ start, end: '' })),
  instant.map((end) => ({ start: '', end })),
  fc.tuple(instant, fc.integer({ min: 1, max: 60 * 24 * 90 })).map(([start, minutes]) => ({
    start,
    end: new Date(Date.parse(start) + minutes * MINUTE).toISOString().replace('.000Z', 'Z'),
  })),
);

/** Kubernetes-style DNS label. */
export const dnsLabel = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,14}[a-z0-9])?$/);

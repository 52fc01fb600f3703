import { evaluate, lint } from '@trustwright/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAddress, inRange, parseAddress, parseRange } from './ip-address.js';
import { insideAddress, outsideAddress } from './sample-addresses.js';

describe('parseAddress / parseRange', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['0.0.0.0', '0.0.0.0'],
    ['2001:db8::1', '2001:db8:0:0:0:0:0:1'],
    ['::', '0:0:0:0:0:0:0:0'],
    ['::ffff:203.0.113.7', '0:0:0:0:0:ffff:cb00:7107'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['1::', '1:0:0:0:0:0:0:0'],
  ])('%s is an address', (text, formatted) => {
    const address = parseAddress(text);
    expect(address && formatAddress(address)).toBe(formatted);
  });

  it.each([
    '127.1',
    '01.2.3.4',
    '256.0.0.1',
    '1.2.3',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    'fe80::1%eth0',
    '::ffff:1.2.3',
    ':1::',
    'gggg::',
    '',
  ])('%s is not an address', (text) => {
    expect(parseAddress(text)).toBeUndefined();
  });

  it('reads prefixes strictly', () => {
    expect(parseRange('10.0.0.0/8')?.bits).toBe(8);
    expect(parseRange('10.0.0.0')?.bits).toBe(32);
    expect(parseRange('::/0')?.bits).toBe(0);
    for (const bad of ['10.0.0.0/33', '10.0.0.0/08', '10.0.0.0/', '2001:db8::/129', '10.0.0.0/-1'])
      expect(parseRange(bad)).toBeUndefined();
  });
});

/** Strings near the IP grammar: the places where parsers disagree. */
const ipish = fc.oneof(
  fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300)).map((p) => p.join('.')),
  fc
    .array(fc.constantFrom('0', '1', '01', '255', '256', 'ff', 'ffff', 'fffff', '', 'db8', '1.2.3.4'), {
      minLength: 1,
      maxLength: 10,
    })
    .map((g) => g.join(':')),
  fc.constantFrom('::', '::1', '1::', ':1', '1:', '::ffff:1.2.3.4', '1.2.3.4.5', '127.1'),
);
const rangeish = fc
  .tuple(
    ipish,
    fc.option(fc.constantFrom('0', '8', '24', '32', '33', '64', '128', '129', '08', ''), { nil: undefined }),
  )
  .map(([a, bits]) => (bits === undefined ? a : `${a}/${bits}`));

describe('agrees with core (ipaddr.js) on aws:SourceIp', () => {
  it('accepts exactly the ranges core accepts', () => {
    fc.assert(
      fc.property(rangeish, (text) => {
        const policy = {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: '111122223333' },
              Action: 'sts:AssumeRole',
              Condition: { IpAddress: { 'aws:SourceIp': text } },
            },
          ],
        };
        const coreAccepts = !lint({ policy }).some((f) => f.code === 'condition-value-type');
        expect(parseRange(text) !== undefined).toBe(coreAccepts);
      }),
      { numRuns: 400 },
    );
  });

  it('puts the sample addresses inside and outside as core evaluates them', () => {
    const v4 = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 32 }))
      .map(([a, b, c, d, n]) => `${a}.${b}.${c}.${d}/${n}`);
    const v6 = fc
      .tuple(fc.nat(0xffff), fc.nat(0xffff), fc.integer({ min: 1, max: 128 }))
      .map(([a, b, n]) => `${a.toString(16)}:${b.toString(16)}::/${n}`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(v4, v6), { minLength: 1, maxLength: 3 }), (ranges) => {
        const policy = {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: '111122223333' },
              Action: 'sts:AssumeRole',
              Condition: { IpAddress: { 'aws:SourceIp': ranges } },
            },
          ],
        };
        const decide = (ip: string) =>
          evaluate(
            { policy },
            { principal: { AWS: 'arn:aws:iam::111122223333:user/a' }, context: { 'aws:SourceIp': ip } },
          ).decision;
        const inside = insideAddress(ranges[0] as string);
        expect(inside && decide(inside)).toBe('allow');
        const outside = outsideAddress(ranges);
        if (outside !== undefined) {
          expect(decide(outside)).toBe('implicit-deny');
          const address = parseAddress(outside);
          expect(
            ranges.some(
              (r) =>
                address !== undefined &&
                inRange(address, parseRange(r) as NonNullable<ReturnType<typeof parseRange>>),
            ),
          ).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds no outside address only when every address is covered', () => {
    expect(outsideAddress(['0.0.0.0/0', '::/0'])).toBeUndefined();
    expect(outsideAddress(['0.0.0.0/0'])).toMatch(/:/);
  });
});

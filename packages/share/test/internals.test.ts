import { createHash } from 'node:crypto';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { DECISIONS } from '@trustwright/core';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../src/base64url.js';
import { INFLATE_STEP_BYTES, inflatePayload } from '../src/compression.js';
import { crc32 } from '../src/crc32.js';
import { SHARE_DICTIONARY_V1, SHARE_DICTIONARY_V1_BYTES } from '../src/dictionary.js';
import { nestsDeeperThan } from '../src/json-depth.js';
import { SHARE_DECISIONS } from '../src/state.js';

const MiB = 1024 * 1024;
/** DEFLATE's best case: 258 bytes from a length code and a distance code of one bit each. */
const MAX_DEFLATE_RATIO = 1032;

describe('base64url', () => {
  it('agrees with Node in both directions', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        const back = decodeBase64url(text);
        expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(bytes));
      }),
    );
  });

  it('refuses characters outside the alphabet, padding included, and says where', () => {
    for (const [text, position] of [
      ['ab+c', 2],
      ['ab/c', 2],
      ['abc=', 3],
      ['ab c', 2],
      ['abé', 2],
      ['ab\u{1F600}', 2],
    ] as const)
      expect(decodeBase64url(text)).toEqual({ ok: false, reason: 'bad-character', position });
  });

  it('refuses a length no encoder writes', () => {
    expect(decodeBase64url('abcde')).toEqual({ ok: false, reason: 'bad-length' });
  });
});

describe('bounded inflation', () => {
  const bomb = deflateSync(new Uint8Array(40 * MiB), { level: 9 });

  it('stops a 40 MiB bomb just past the limit instead of inflating it all', () => {
    const result = inflatePayload(bomb, MiB);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (result.ok || result.reason !== 'too-large') return;
    expect(result.produced).toBeGreaterThan(MiB);
    expect(result.produced).toBeLessThanOrEqual(MiB + INFLATE_STEP_BYTES * MAX_DEFLATE_RATIO);
  });

  it('inflates data of exactly the limit', () => {
    const bytes = new Uint8Array(MiB).fill(7);
    const result = inflatePayload(deflateSync(bytes, { dictionary: SHARE_DICTIONARY_V1_BYTES }), MiB);
    expect(result.ok && result.bytes.length).toBe(MiB);
  });

  it('tells a cut-off stream from a broken one', () => {
    const stream = deflateSync(new TextEncoder().encode('{"policyText":"x"}'.repeat(20)), { level: 9 });
    expect(inflatePayload(stream.subarray(0, stream.length - 2), MiB)).toEqual({
      ok: false,
      reason: 'truncated',
    });
    expect(inflatePayload(new Uint8Array(0), MiB)).toEqual({ ok: false, reason: 'truncated' });
    expect(inflatePayload(Uint8Array.of(0xff, 0xff), MiB)).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});

describe('crc32', () => {
  it('is the CRC-32 zlib computes', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(crc32(bytes)).toBe(nodeCrc32(bytes));
      }),
    );
  });
});

describe('nesting scan', () => {
  it('counts brackets outside strings only', () => {
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(nestsDeeperThan('["[[[[[[", {"a\\"[[[[": 1}]', 2)).toBe(false);
    expect(nestsDeeperThan('['.repeat(1_000_000), 32)).toBe(true);
  });
});

describe('format v1 constants', () => {
  it('keeps the dictionary byte for byte (links already sent depend on it)', () => {
    expect(SHARE_DICTIONARY_V1_BYTES.length).toBe(3199);
    expect(SHARE_DICTIONARY_V1_BYTES.length).toBeLessThanOrEqual(32 * 1024);
    expect(createHash('sha256').update(SHARE_DICTIONARY_V1).digest('hex')).toBe(
      '5ac464326fcd3149201ff1036d9198447af66fc1b0907b2503dfbea24bc9d512',
    );
  });

  it('knows the same verdicts as core', () => {
    expect([...SHARE_DECISIONS].sort()).toEqual([...DECISIONS].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { checkExternalId } from '../validate/external-id.js';
import { generateExternalId } from './generate-external-id.js';

/** A deterministic byte source: 0, 1, 2, ... wrapping at 256. */
function counter(): (n: number) => Uint8Array {
  let next = 0;
  return (n) => Uint8Array.from({ length: n }, () => next++ % 256);
}

describe('generateExternalId', () => {
  it('maps bytes to letters and digits and is a valid external ID', () => {
    const id = generateExternalId(counter());
    expect(id).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef');
    expect(checkExternalId(id)).toBeUndefined();
  });

  it('rejects bytes that would bias the alphabet and asks again', () => {
    const rounds: number[] = [];
    const source = (n: number) => {
      rounds.push(n);
      return rounds.length === 1
        ? Uint8Array.from({ length: n }, (_, i) => (i < 2 ? 250 : 1))
        : Uint8Array.from({ length: n }, () => 61);
    };
    expect(generateExternalId(source, 4)).toBe('BB99');
    expect(rounds).toEqual([4, 2]);
  });

  it('respects the length and refuses lengths STS does not accept', () => {
    expect(generateExternalId(counter(), 1224)).toHaveLength(1224);
    expect(() => generateExternalId(counter(), 1)).toThrow(RangeError);
    expect(() => generateExternalId(counter(), 1225)).toThrow(RangeError);
  });

  it('gives up on a source that never returns usable bytes', () => {
    expect(() => generateExternalId((n) => new Uint8Array(n).fill(255))).toThrow('no usable bytes');
  });
});

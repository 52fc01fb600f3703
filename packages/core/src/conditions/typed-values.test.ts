import { describe, expect, it } from 'vitest';
import cases from './typed-values.cases.json' with { type: 'json' };
import {
  type ContextScalar,
  formatDate,
  ipInRange,
  normalizeBase64,
  parseBool,
  parseDate,
  parseIpAddress,
  parseIpRange,
  parseNumber,
  scalarToText,
} from './typed-values.js';

interface Row<I, E> {
  name: string;
  input: I;
  expected: E | null;
}

interface TypedValuesTable {
  parseDate: readonly { name: string; input: ContextScalar; iso: string | null; form?: string }[];
  parseNumber: readonly Row<ContextScalar, number>[];
  parseBool: readonly Row<ContextScalar, boolean>[];
  parseIpAddress: readonly (Row<ContextScalar, string> & { kind?: string })[];
  parseIpRange: readonly Row<string, { address: string; bits: number }>[];
  ipInRange: readonly { name: string; address: string; range: string; expected: boolean }[];
  normalizeBase64: readonly Row<string, string>[];
}

const table: TypedValuesTable = cases;

describe('parseDate', () => {
  it.each(table.parseDate)('$name', ({ input, iso, form }) => {
    const parsed = parseDate(input);
    if (iso === null) {
      expect(parsed).toBeUndefined();
      return;
    }
    expect(parsed).toEqual({ ms: Date.parse(iso), form });
  });

  it('NaN and Infinity are not dates', () => {
    expect(parseDate(Number.NaN)).toBeUndefined();
    expect(parseDate(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  // Year 0 is a leap year (divisible by 400); Date.UTC's 1900 mapping of years 0-99 must not leak in.
  it('29 February of year 0 is 29 February, not 1 March', () => {
    expect(parseDate('0000-02-29')?.ms).toBe(Date.parse('0000-02-29T00:00:00.000Z'));
  });
});

describe('formatDate', () => {
  it('drops zero milliseconds', () => {
    expect(formatDate(Date.UTC(2026, 0, 5, 10))).toBe('2026-01-05T10:00:00Z');
  });

  it('keeps non-zero milliseconds', () => {
    expect(formatDate(Date.UTC(2026, 0, 5, 10, 0, 0, 123))).toBe('2026-01-05T10:00:00.123Z');
  });
});

describe('parseNumber', () => {
  it.each(table.parseNumber)('$name', ({ input, expected }) => {
    expect(parseNumber(input)).toBe(expected ?? undefined);
  });

  it('NaN and Infinity are not numbers', () => {
    expect(parseNumber(Number.NaN)).toBeUndefined();
    expect(parseNumber(Number.NEGATIVE_INFINITY)).toBeUndefined();
  });
});

describe('parseBool', () => {
  it.each(table.parseBool)('$name', ({ input, expected }) => {
    expect(parseBool(input)).toBe(expected ?? undefined);
  });
});

describe('scalarToText', () => {
  it('writes numbers in decimal and booleans as true/false', () => {
    expect([scalarToText('a'), scalarToText(1.5), scalarToText(-2), scalarToText(true)]).toEqual([
      'a',
      '1.5',
      '-2',
      'true',
    ]);
  });
});

describe('parseIpAddress', () => {
  it.each(table.parseIpAddress)('$name', ({ input, expected, kind }) => {
    const address = parseIpAddress(input);
    if (expected === null) {
      expect(address).toBeUndefined();
      return;
    }
    expect(address?.toString()).toBe(expected);
    expect(address?.kind()).toBe(kind);
  });

  // The dotted tail of an IPv6 address follows the IPv4 rule (four decimal parts, no leading
  // zeros: team decision; RFC 4291 §2.2 form 3); ipaddr.js alone would accept hex and zero padding.
  it('a hexadecimal part in an IPv6 address’s IPv4 tail is refused', () => {
    expect(parseIpAddress('::ffff:0x7f.0.0.1')).toBeUndefined();
  });

  it('a zero-padded part in an IPv6 address’s IPv4 tail is refused', () => {
    expect(parseIpAddress('::ffff:010.1.2.3')).toBeUndefined();
  });
});

describe('parseIpRange', () => {
  it.each(table.parseIpRange)('$name', ({ input, expected }) => {
    const range = parseIpRange(input);
    if (expected === null) expect(range).toBeUndefined();
    else expect({ address: range?.address.toString(), bits: range?.bits }).toEqual(expected);
  });
});

describe('ipInRange', () => {
  it.each(table.ipInRange)('$name', ({ address, range, expected }) => {
    const parsedAddress = parseIpAddress(address);
    const parsedRange = parseIpRange(range);
    if (parsedAddress === undefined || parsedRange === undefined)
      throw new Error('test input does not parse');
    expect(ipInRange(parsedAddress, parsedRange)).toBe(expected);
  });
});

describe('normalizeBase64', () => {
  it.each(table.normalizeBase64)('$name', ({ input, expected }) => {
    expect(normalizeBase64(input)).toBe(expected ?? undefined);
  });
});

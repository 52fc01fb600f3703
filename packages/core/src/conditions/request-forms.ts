import { splitArn } from '../arn/arn.js';
import {
  type ContextScalar,
  type IpAddress,
  normalizeBase64,
  parseBool,
  parseDate,
  parseIpAddress,
  parseNumber,
  scalarToText,
} from './typed-values.js';

/**
 * How request values are read for each kind of comparison. Request validation and the
 * operators share these, so a value parsed to validate it is not parsed again to compare it
 * (ContextEntry caches each form by name).
 */
export interface RequestForm<R> {
  readonly name: string;
  /** Undefined when the value cannot be read in this form. */
  parse(value: ContextScalar): R | undefined;
}

/** A value that is not an ARN is still a value: it matches no ARN pattern. */
export const NOT_AN_ARN: readonly string[] = [];

/**
 * Wraps a costly parse (dates, IP addresses, ARNs) in a bounded memo: requests repeat the same
 * few values, and the results are immutable.
 */
function memoized<R>(name: string, parse: (value: ContextScalar) => R | undefined): RequestForm<R> {
  const cache = new Map<ContextScalar, R | undefined>();
  return {
    name,
    parse(value) {
      if (cache.has(value)) return cache.get(value);
      if (cache.size >= 4096) cache.clear();
      const result = parse(value);
      cache.set(value, result);
      return result;
    },
  };
}

export const TEXT: RequestForm<string> = { name: 'text', parse: scalarToText };
export const LOWER_TEXT: RequestForm<string> = {
  name: 'text-lower',
  parse: (v) => scalarToText(v).toLowerCase(),
};
export const NUMBER: RequestForm<number> = { name: 'number', parse: parseNumber };
export const DATE: RequestForm<number> = memoized('date', (v) => parseDate(v)?.ms);
export const BOOL: RequestForm<boolean> = { name: 'bool', parse: parseBool };
export const BASE64: RequestForm<string> = { name: 'base64', parse: (v) => normalizeBase64(scalarToText(v)) };
export const IP: RequestForm<IpAddress> = memoized('ip', parseIpAddress);
export const ARN: RequestForm<readonly string[]> = memoized('arn', (v) => {
  const parts = typeof v === 'string' ? splitArn(v) : undefined;
  return parts?.[0] === 'arn' ? parts : NOT_AN_ARN;
});

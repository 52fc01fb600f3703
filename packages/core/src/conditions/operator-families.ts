import { compileGlob, type Glob, type GlobPart, matchGlob } from '../text/glob.js';
import type { BaseOperator } from './operator-names.js';
import { ARN, BASE64, BOOL, DATE, IP, LOWER_TEXT, NUMBER, type RequestForm, TEXT } from './request-forms.js';
import {
  type IpAddress,
  type IpRange,
  ipInRange,
  normalizeBase64,
  parseBool,
  parseIpRange,
} from './typed-values.js';

/**
 * How one operator family reads policy values and request values and compares them.
 * `compile` returns undefined for a policy value the operator cannot use (never matches).
 * Text families (string, ARN, Bool) receive parts after policy-variable substitution; the
 * others receive the value's text.
 */
export interface FamilyMatcher<P, R> {
  /** How request values are read (cached on each context entry under the form's name). */
  readonly form: RequestForm<R>;
  readonly takesParts: boolean;
  // Method syntax keeps matchers of different types assignable to AnyFamilyMatcher.
  compile(value: string | readonly GlobPart[]): P | undefined;
  test(request: R, policy: P): boolean;
}

export type AnyFamilyMatcher = FamilyMatcher<unknown, unknown>;

const joinParts = (value: string | readonly GlobPart[]): string =>
  typeof value === 'string'
    ? value
    : value.map((p) => (typeof p === 'string' ? p : p === 0 ? '*' : '?')).join('');

const ORDERED: Record<NonNullable<BaseOperator['compare']>, (a: number, b: number) => boolean> = {
  eq: (a, b) => a === b,
  lt: (a, b) => a < b,
  le: (a, b) => a <= b,
  gt: (a, b) => a > b,
  ge: (a, b) => a >= b,
};

function stringMatcher(op: BaseOperator): AnyFamilyMatcher {
  const fold = (text: string): string => (op.ignoreCase ? text.toLowerCase() : text);
  if (op.wildcards) {
    const like: FamilyMatcher<Glob, string> = {
      form: TEXT,
      takesParts: true,
      compile: (parts) => compileGlob(typeof parts === 'string' ? [parts] : parts),
      test: (text, glob) => matchGlob(glob, text),
    };
    return like;
  }
  const m: FamilyMatcher<string, string> = {
    form: op.ignoreCase ? LOWER_TEXT : TEXT,
    takesParts: true,
    compile: (parts) => fold(joinParts(parts)),
    test: (text, expected) => text === expected,
  };
  return m;
}

function orderedMatcher(op: BaseOperator, form: RequestForm<number>): AnyFamilyMatcher {
  const compare = ORDERED[op.compare ?? 'eq'];
  const m: FamilyMatcher<number, number> = {
    form,
    takesParts: false,
    compile: (text) => form.parse(joinParts(text)),
    test: (request, policy) => compare(request, policy),
  };
  return m;
}

const boolMatcher: FamilyMatcher<boolean, boolean> = {
  form: BOOL,
  takesParts: true,
  compile: (parts) => parseBool(joinParts(parts)),
  test: (request, policy) => request === policy,
};

/** Base64 compared byte for byte: equal bytes have equal unpadded base64; invalid base64 never matches. */
const binaryMatcher: FamilyMatcher<string, string> = {
  form: BASE64,
  takesParts: false,
  compile: (text) => normalizeBase64(joinParts(text)),
  test: (request, policy) => request === policy,
};

const ipMatcher: FamilyMatcher<IpRange, IpAddress> = {
  form: IP,
  takesParts: false,
  compile: (text) => parseIpRange(joinParts(text)),
  test: ipInRange,
};

type ArnPattern = readonly Glob[];

/** Splits parts at the first five colons so each ARN part is matched on its own. */
function arnPattern(parts: string | readonly GlobPart[]): ArnPattern | undefined {
  const segments: GlobPart[][] = [[]];
  for (const part of typeof parts === 'string' ? [parts] : parts) {
    if (typeof part !== 'string') {
      segments[segments.length - 1]?.push(part);
      continue;
    }
    let rest = part;
    let colon = rest.indexOf(':');
    while (colon >= 0 && segments.length < 6) {
      if (colon > 0) segments[segments.length - 1]?.push(rest.slice(0, colon));
      segments.push([]);
      rest = rest.slice(colon + 1);
      colon = rest.indexOf(':');
    }
    if (rest !== '') segments[segments.length - 1]?.push(rest);
  }
  return segments.length === 6 ? segments.map((s) => compileGlob(s)) : undefined;
}

/** Request values that are not ARNs read as NOT_AN_ARN, which matches no pattern. */
const arnMatcher: FamilyMatcher<ArnPattern, readonly string[]> = {
  form: ARN,
  takesParts: true,
  compile: arnPattern,
  test: (request, pattern) =>
    request.length === 6 && pattern.every((glob, i) => matchGlob(glob, request[i] ?? '')),
};

/** Null compares presence, not values; its policy values are booleans. */
export const nullMatcher: FamilyMatcher<boolean, boolean> = {
  form: BOOL,
  takesParts: false,
  compile: (text) => parseBool(joinParts(text)),
  test: (request, policy) => request === policy,
};

export function familyMatcher(op: BaseOperator): AnyFamilyMatcher {
  switch (op.family) {
    case 'string':
      return stringMatcher(op);
    case 'numeric':
      return orderedMatcher(op, NUMBER);
    case 'date':
      return orderedMatcher(op, DATE);
    case 'bool':
      return boolMatcher;
    case 'binary':
      return binaryMatcher;
    case 'ip':
      return ipMatcher;
    case 'arn':
      return arnMatcher;
    case 'null':
      return nullMatcher;
  }
}

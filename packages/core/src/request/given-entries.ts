import { type KeyType, lookupKey } from '../conditions/context-keys.js';
import {
  ARN,
  BOOL,
  DATE,
  IP,
  NOT_AN_ARN,
  NUMBER,
  type RequestForm,
  TEXT,
} from '../conditions/request-forms.js';
import type { ContextScalar } from '../conditions/typed-values.js';
import type { Finding } from '../diagnostics/finding.js';
import type { JsonPath } from '../json/json-path.js';
import { ContextEntry } from './context-entry.js';

/** What a request carries that needs a companion action in the trust policy (session-tags page). */
export const SESSION_TAGS = 1;
export const SOURCE_IDENTITY = 2;
export const TRUSTED_CONTEXT = 4;

/** A context key as given, read once: its entry, the problems with its value, what it carries. */
export interface GivenEntry {
  readonly entry: ContextEntry;
  /** Type problems of the value (a known key given the wrong type, several values for a single-valued key). */
  readonly findings: readonly Finding[];
  /** SESSION_TAGS | SOURCE_IDENTITY | TRUSTED_CONTEXT bits. */
  readonly carries: number;
  /** Whether the key is one the resolver derives or defaults when absent (the given value then wins). */
  readonly derivable: boolean;
  /** Why STS never puts this key in a request context (a token claim it does not evaluate), if so. */
  readonly notSent: string | undefined;
}

const DERIVABLE = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principaltype',
  'aws:username',
  'aws:userid',
  'aws:currenttime',
  'aws:epochtime',
  'aws:securetransport',
]);

/**
 * Given entries by key, then by value (a scalar) or by the JSON of an array of scalars. A key and
 * its value decide everything about the entry (its typed forms, its findings), and requests
 * repeat the same few keys and values: the what-if panel re-evaluates every scenario on each
 * keystroke, the CLI runs files of similar scenarios. Sharing the entry means an IP address,
 * date or ARN is parsed once, not once per evaluation, and compiled clauses recognise an entry
 * they have already traced. Entries are immutable; the cache is bounded.
 */
const scalars = new Map<string, Map<ContextScalar, GivenEntry>>();
/** Arrays by key, then element by element (no key string is built per lookup). */
const arrays = new Map<string, ArrayNode>();
interface ArrayNode {
  entry: GivenEntry | undefined;
  next: Map<ContextScalar, ArrayNode> | undefined;
}
let cached = 0;
const CACHE_LIMIT = 4096;

/** The entry for `key` given `raw` in a request's context; undefined when `raw` is not a scalar or an array of scalars. */
export function givenEntry(key: string, raw: unknown): GivenEntry | undefined {
  if (isScalar(raw)) {
    let byValue = scalars.get(key);
    const known = byValue?.get(raw);
    if (known !== undefined) return known;
    const made = makeEntry(key, [raw], false);
    if (byValue === undefined) {
      byValue = new Map();
      scalars.set(key, byValue);
    }
    byValue.set(raw, made);
    return made;
  }
  if (!Array.isArray(raw)) return undefined;
  let node = arrays.get(key);
  if (node === undefined) {
    node = { entry: undefined, next: undefined };
    arrays.set(key, node);
  }
  for (const v of raw) {
    if (!isScalar(v)) return undefined;
    node.next ??= new Map();
    let child = node.next.get(v);
    if (child === undefined) {
      child = { entry: undefined, next: undefined };
      node.next.set(v, child);
      cached++; // nodes count towards the bound too: a long array makes one per element
    }
    node = child;
  }
  node.entry ??= makeEntry(key, [...(raw as ContextScalar[])], true);
  return node.entry;
}

function isScalar(v: unknown): v is ContextScalar {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function makeEntry(key: string, values: ContextScalar[], multi: boolean): GivenEntry {
  if (++cached > CACHE_LIMIT) {
    scalars.clear();
    arrays.clear();
    cached = 1;
  }
  const path: JsonPath = ['context', key];
  const entry = new ContextEntry({ key, values, multi, source: 'given', path });
  const lower = entry.keyLower;
  const carries =
    lower === 'aws:tagkeys' || lower === 'sts:transitivetagkeys' || lower.startsWith('aws:requesttag/')
      ? SESSION_TAGS
      : lower === 'sts:sourceidentity'
        ? SOURCE_IDENTITY
        : lower === 'sts:requestcontextproviders' || lower.startsWith('sts:requestcontext/')
          ? TRUSTED_CONTEXT
          : 0;
  const findings = typeFindings(entry, path).map((f) => Object.freeze(f));
  return Object.freeze({
    entry,
    findings,
    carries,
    derivable: DERIVABLE.has(lower),
    notSent: lookupKey(key)?.notSent,
  });
}

/** How to read and describe a value of each known key type; reading primes the entry's cache. */
const TYPE_CHECKS: Record<KeyType, { form: RequestForm<unknown>; expected: string }> = {
  String: { form: TEXT, expected: 'a string' },
  ARN: { form: ARN, expected: 'an ARN (arn:partition:service:region:account:resource)' },
  Date: { form: DATE, expected: 'an ISO 8601 date-time such as 2026-09-01T12:00:00Z, or epoch seconds' },
  Numeric: { form: NUMBER, expected: 'a number' },
  Bool: { form: BOOL, expected: 'true or false' },
  IP: { form: IP, expected: 'an IPv4 or IPv6 address such as 203.0.113.7' },
};

function typeFindings(entry: ContextEntry, path: JsonPath): Finding[] {
  const known = lookupKey(entry.key);
  if (known === undefined) return [];
  const check = TYPE_CHECKS[known.type];
  const out: Finding[] = [];
  const problem = (code: string, severity: Finding['severity'], at: JsonPath, message: string): void => {
    out.push({ code, severity, category: 'request', message, path: at, target: 'value' });
  };
  entry.read(check.form).forEach((value, index) => {
    if (value === undefined || value === NOT_AN_ARN) {
      problem(
        'request-context-type',
        'error',
        entry.multi ? [...path, index] : path,
        `${known.name} must be ${check.expected}; got ${JSON.stringify(entry.values[index])}.`,
      );
    }
  });
  if (entry.multi && !known.multi && entry.values.length > 1) {
    problem(
      'request-context-multivalued',
      'warning',
      path,
      `${known.name} is single-valued in AWS requests; it was given ${entry.values.length} values.`,
    );
  }
  return out;
}

/** Forgets every shared entry (tests: resolving must not depend on what was resolved before). */
export function forgetGivenEntries(): void {
  scalars.clear();
  arrays.clear();
  cached = 0;
}

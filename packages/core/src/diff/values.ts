import ipaddr from 'ipaddr.js';
import { lookupKey } from '../conditions/context-keys.js';
import { type ParsedOperator, parseOperator } from '../conditions/operator-names.js';
import {
  type ContextScalar,
  formatDate,
  parseDate,
  parseIpRange,
  parseNumber,
} from '../conditions/typed-values.js';
import { hasVariables, parseTemplate } from '../conditions/variables.js';
import { ANY_CHAR, ANY_RUN, type GlobPart } from '../text/glob.js';

/**
 * Candidate request values for one condition key, derived from the constants of the clauses on
 * it: each constant, values just beside it (before/after a date, below/above a number, the
 * addresses around each CIDR, case variants), instances of each wildcard pattern and values that
 * match nothing. Evaluation then sorts them into regions (values on which every clause agrees);
 * the generator only has to hit each region at least once.
 */
export interface ClauseSource {
  /** The operator as written. */
  readonly operator: string;
  readonly keyLower: string;
  /** Values as IAM compares them (the policy's text). */
  readonly values: readonly string[];
  /** Version 2012-10-17: `${...}` are variables. */
  readonly variables: boolean;
}

export interface ValueSettings {
  /** Accounts the policies mention, and one they do not, for ARN patterns with a wildcard account. */
  readonly accounts: readonly string[];
  readonly otherAccount: string;
  /** The clock, for date keys compared with nothing but "missing". */
  readonly now: number;
}

/** A value no constant is likely to equal. */
export const OTHER_TEXT = 'example-other-value';
const OTHER_IPS = ['192.0.2.123', '2001:db8:ffff::1'];
const RUN_FILLS = ['example', ''];

export function operatorOf(clause: ClauseSource): ParsedOperator | undefined {
  return parseOperator(clause.operator);
}

/** Whether a clause's values hold policy variables (which make it depend on a second key). */
export function isDynamic(clause: ClauseSource): boolean {
  const op = operatorOf(clause);
  if (op === undefined || !op.base.variables || !clause.variables) return false;
  return clause.values.some((v) => hasVariables(parseTemplate(v, true, op.base.wildcards)));
}

/** The keys a clause's variables read (lower case). */
export function variableKeys(clause: ClauseSource): string[] {
  const op = operatorOf(clause);
  if (op === undefined || !op.base.variables || !clause.variables) return [];
  const keys: string[] = [];
  for (const v of clause.values)
    for (const part of parseTemplate(v, true, op.base.wildcards))
      if (typeof part === 'object') keys.push(part.keyLower);
  return keys;
}

/** Wildcard-free parts of a value; undefined when the value has variables. */
function patternParts(clause: ClauseSource, op: ParsedOperator, value: string): GlobPart[] | undefined {
  const parts = parseTemplate(value, clause.variables && op.base.variables, op.base.wildcards);
  return hasVariables(parts) ? undefined : (parts as GlobPart[]);
}

function hasWildcard(parts: readonly GlobPart[]): boolean {
  return parts.some((p) => p === ANY_RUN || p === ANY_CHAR);
}

function fillGlob(parts: readonly GlobPart[], run: string): string {
  return parts.map((p) => (p === ANY_RUN ? run : p === ANY_CHAR ? 'x' : p)).join('');
}

/** Instances of an ARN pattern: wildcards in the account part become known accounts. */
function fillArn(parts: readonly GlobPart[], run: string, settings: ValueSettings): string[] {
  // Sentinels keep the wildcards' places while the ARN is split at its colons.
  const marked = parts.map((p) => (p === ANY_RUN ? '\u0000' : p === ANY_CHAR ? '\u0001' : p)).join('');
  const segments: string[] = [];
  let rest = marked;
  for (let i = 0; i < 5; i++) {
    const colon = rest.indexOf(':');
    if (colon < 0) return [fillGlob(parts, run)];
    segments.push(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  }
  segments.push(rest);
  const plain = (s: string): string => s.replaceAll('\u0000', run).replaceAll('\u0001', 'x');
  const account = segments[4] ?? '';
  const accounts =
    account.includes('\u0000') || account.includes('\u0001')
      ? [...settings.accounts, settings.otherAccount]
      : [account];
  return accounts.map((a) => segments.map((s, i) => (i === 4 ? a : plain(s))).join(':'));
}

/** Values that satisfy or miss one clause, in the order a reader would try them. */
function clauseCandidates(
  clause: ClauseSource,
  settings: ValueSettings,
  clock: boolean,
  caseVariantsToo: boolean,
): ContextScalar[] {
  const op = operatorOf(clause);
  if (op === undefined) return [];
  const out: ContextScalar[] = [];
  switch (op.base.family) {
    case 'string':
    case 'arn':
      for (const value of clause.values) {
        const parts = patternParts(clause, op, value);
        if (parts === undefined) continue;
        if (!hasWildcard(parts)) {
          const literal = fillGlob(parts, '');
          out.push(literal, ...(caseVariantsToo ? caseVariants(literal) : []));
          continue;
        }
        for (const run of RUN_FILLS)
          out.push(...(op.base.family === 'arn' ? fillArn(parts, run, settings) : [fillGlob(parts, run)]));
      }
      if (op.base.family === 'arn') out.push(`arn:aws:iam::${settings.otherAccount}:role/example-other`);
      out.push(OTHER_TEXT, '');
      break;
    case 'numeric':
      // The points themselves; values around them come from all clauses of the key together.
      if (clock) out.push(...numbersOf(clause.values).map((s) => formatDate(s * 1000)));
      else out.push(...numbersOf(clause.values), 0);
      break;
    case 'date':
      out.push(...datesOf(clause.values).map(formatDate), formatDate(settings.now));
      break;
    case 'bool':
      out.push(true, false);
      break;
    case 'binary':
      for (const v of clause.values) out.push(v);
      out.push('AAAA');
      break;
    case 'ip':
      for (const v of clause.values) out.push(...addressesAround(v));
      out.push(...OTHER_IPS);
      break;
    case 'null':
      out.push(presentValue(clause.keyLower, settings));
      break;
  }
  return out;
}

/** A value of the key's own type, for "present, but unlike any constant". */
export function presentValue(keyLower: string, settings: ValueSettings): ContextScalar {
  switch (lookupKey(keyLower)?.type) {
    case 'ARN':
      return `arn:aws:iam::${settings.otherAccount}:role/example`;
    case 'Date':
      return formatDate(settings.now);
    case 'Numeric':
      return 1;
    case 'Bool':
      return true;
    case 'IP':
      return OTHER_IPS[0] as string;
    default:
      return OTHER_TEXT;
  }
}

function caseVariants(text: string): string[] {
  const lower = text.toLowerCase();
  const upper = text.toUpperCase();
  const first = text.charAt(0);
  const flipped = (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + text.slice(1);
  return [lower, upper, flipped].filter((v) => v !== text);
}

function datesOf(values: readonly string[]): number[] {
  return values
    .map((v) => parseDate(v)?.ms)
    .filter((v): v is number => v !== undefined && Math.abs(v) < 8.64e15 - 1e6);
}

/**
 * Values on both sides of every ordered constant of a key and between each two of them, over all
 * its clauses together: a bound in one version and a nearby bound in the other leave a sliver
 * of values between them that only a midpoint reaches.
 */
function orderedCandidates(clauses: readonly ClauseSource[], clock: boolean): ContextScalar[] {
  const numbers: number[] = [];
  const dates: number[] = [];
  for (const c of clauses) {
    const family = operatorOf(c)?.base.family;
    if (family === 'numeric')
      (clock ? dates : numbers).push(...numbersOf(c.values).map((n) => (clock ? n * 1000 : n)));
    if (family === 'date') dates.push(...datesOf(c.values));
  }
  const instants = around(dates, 1000).filter((ms) => Math.abs(ms) < 8.64e15);
  // Epoch seconds too: a key typed as a number (or untyped) still meets a date operator that way.
  return [...around(numbers, 1), ...instants.map(formatDate), ...instants.map((ms) => Math.floor(ms / 1000))];
}

function numbersOf(values: readonly string[]): number[] {
  return values.map((v) => parseNumber(v)).filter((n): n is number => n !== undefined);
}

/** Each point, one step either side, and the midpoint between neighbours. */
function around(points: readonly number[], step: number): number[] {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const out: number[] = [];
  sorted.forEach((p, i) => {
    out.push(p, p - step, p + step);
    const next = sorted[i + 1];
    if (next !== undefined) out.push(p + (next - p) / 2);
  });
  return out;
}

/**
 * The first and last address of a CIDR and the addresses just outside it. CIDR blocks either
 * nest or are disjoint, so these points reach every region the blocks of a key cut out.
 */
function addressesAround(text: string): string[] {
  const range = parseIpRange(text);
  if (range === undefined) return [];
  const bytes = range.address.toByteArray();
  const first = bytes.map((b, i) => b & maskByte(range.bits, i));
  const last = bytes.map((b, i) => (b & maskByte(range.bits, i)) | (~maskByte(range.bits, i) & 0xff));
  const inside = range.bits < bytes.length * 8 - 1 ? step(first, 1) : undefined;
  const out = [inside, first, last, step(first, -1), step(last, 1)];
  return out.filter((b): b is number[] => b !== undefined).map(formatAddress);
}

function maskByte(bits: number, index: number): number {
  const remaining = bits - index * 8;
  if (remaining >= 8) return 0xff;
  if (remaining <= 0) return 0;
  return (0xff << (8 - remaining)) & 0xff;
}

/** The address one below or above; undefined past either end of the address space. */
function step(bytes: readonly number[], delta: 1 | -1): number[] | undefined {
  const out = [...bytes];
  for (let i = out.length - 1; i >= 0; i--) {
    const v = (out[i] as number) + delta;
    if (v >= 0 && v <= 0xff) {
      out[i] = v;
      return out;
    }
    out[i] = delta === 1 ? 0 : 0xff;
  }
  return undefined;
}

function formatAddress(bytes: number[]): string {
  const address = ipaddr.fromByteArray(bytes);
  return address.kind() === 'ipv6' ? (address as ipaddr.IPv6).toRFC5952String() : address.toString();
}

/**
 * Candidates for a key from all clauses on it, without duplicates, constants first. `clock`
 * marks aws:CurrentTime, whose numeric clauses (on aws:EpochTime) count seconds.
 */
export function scalarCandidates(
  clauses: readonly ClauseSource[],
  settings: ValueSettings,
  clock = false,
): ContextScalar[] {
  const seen = new Set<string>();
  const out: ContextScalar[] = [];
  const add = (v: ContextScalar): void => {
    const id = `${typeof v}:${String(v)}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(v);
  };
  // Case variants matter only where some clause ignores case.
  const folds = clauses.some((c) => operatorOf(c)?.base.ignoreCase === true);
  for (const c of clauses) for (const v of clauseCandidates(c, settings, clock, folds)) add(v);
  for (const v of orderedCandidates(clauses, clock)) add(v);
  for (const v of crossInstances(clauses)) add(v);
  const known = lookupKey(clauses[0]?.keyLower ?? '');
  add(presentValue(clauses[0]?.keyLower ?? '', settings));
  // A key IAM does not type can carry any value: a text also reaches "type mismatch" regions.
  if (known === undefined) add(OTHER_TEXT);
  return out;
}

/** Wildcard patterns of every clause (with the clause they came from). */
function wildcardPatterns(clauses: readonly ClauseSource[]): { clause: number; parts: GlobPart[] }[] {
  const out: { clause: number; parts: GlobPart[] }[] = [];
  clauses.forEach((c, i) => {
    const op = operatorOf(c);
    if (op === undefined || !op.base.wildcards) return;
    for (const v of c.values) {
      const parts = patternParts(c, op, v);
      if (parts !== undefined && hasWildcard(parts)) out.push({ clause: i, parts });
    }
  });
  return out;
}

const MAX_CROSS = 400;

/**
 * Strings matching two patterns of different clauses at once ("a*" filled with an instance of
 * "*b" gives "a…b"), so the region where both hold is reached when it exists in the usual cases.
 */
function crossInstances(clauses: readonly ClauseSource[]): string[] {
  const patterns = wildcardPatterns(clauses);
  const arn = clauses.some((c) => operatorOf(c)?.base.family === 'arn');
  const out: string[] = [];
  for (const p of patterns)
    for (const q of patterns) {
      if (p.clause === q.clause || out.length >= MAX_CROSS) continue;
      const fill = fillGlob(q.parts, 'x');
      // An ARN wildcard never spans a colon, so a fill with one reaches no ARN region.
      if (arn && fill.includes(':')) continue;
      out.push(fillGlob(p.parts, fill));
    }
  return out;
}

/**
 * Whether the candidates may miss a region of this key: two clauses whose wildcard patterns
 * differ (the strings matching one pattern and none of another's are not enumerated), or a
 * case-insensitive comparison beside a wildcard pattern. Literal values are single points, so
 * they never make the analysis inexact.
 */
export function patternsMayOverlap(clauses: readonly ClauseSource[]): boolean {
  const sets = clauses.map((c) => {
    const op = operatorOf(c);
    const wild = new Set<string>();
    const all = new Set<string>();
    if (op === undefined) return { wild, all, ignoreCase: false };
    for (const v of c.values) {
      const parts = op.base.wildcards ? patternParts(c, op, v) : undefined;
      all.add(v);
      if (parts !== undefined && hasWildcard(parts)) wild.add(v);
    }
    return { wild, all, ignoreCase: op.base.ignoreCase };
  });
  const anyWild = sets.some((s) => s.wild.size > 0);
  if (anyWild && sets.some((s) => s.ignoreCase)) return true;
  for (const x of sets)
    for (const y of sets) {
      if (x === y || y.wild.size === 0) continue;
      for (const p of x.wild) if (!y.all.has(p)) return true;
    }
  return false;
}

/** Whether a key is multivalued in requests, so arrays of several values are realistic. */
export function isMultiValued(clauses: readonly ClauseSource[]): boolean {
  const key = clauses[0]?.keyLower ?? '';
  const known = lookupKey(key);
  if (known !== undefined) return known.multi;
  return clauses.some((c) => operatorOf(c)?.qualifier !== undefined);
}

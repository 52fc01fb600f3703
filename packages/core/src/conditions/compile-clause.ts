import type { ClauseReason, ConditionClauseTrace, PolicyValueTrace } from '../evaluate/trace.js';
import type { JsonPath } from '../json/json-path.js';
import type { ConditionClause } from '../model/policy.js';
import type { ContextEntry } from '../request/context-entry.js';
import { formatGlobParts, type GlobPart } from '../text/glob.js';
import { type AnyFamilyMatcher, familyMatcher } from './operator-families.js';
import { type ParsedOperator, parseOperator } from './operator-names.js';
import { hasVariables, parseTemplate, resolveTemplate, type TemplatePart } from './variables.js';

/** Condition keys by lower-cased name: all a clause needs from the request. */
export type ContextLookup = ReadonlyMap<string, ContextEntry>;

/**
 * One clause compiled for many requests. `test` answers whether it holds without building a
 * trace (the verdict); `trace` says why. Both give the same outcome for the same context.
 */
export interface CompiledClause {
  /** The clause's key, lower-cased: `entry` below is the request's entry for it. */
  readonly keyLower: string;
  test(entry: ContextEntry | undefined, context: ContextLookup): boolean;
  trace(entry: ContextEntry | undefined, context: ContextLookup): ConditionClauseTrace;
}

interface CompiledValue {
  readonly written: string;
  readonly path: ConditionClause['path'];
  /** Compiled once when the value has no variables; undefined then means unusable. */
  readonly fixed: unknown;
  /** Template to resolve per request when the value has variables. */
  readonly template: readonly TemplatePart[] | undefined;
}

/** A clause's outcome and reason, one frozen object per pair (deciding allocates nothing). */
interface ClauseResult {
  readonly match: boolean;
  readonly reason: ClauseReason;
}

const REASONS: readonly ClauseReason[] = [
  'value-matched',
  'no-value-matched',
  'negated-none-matched',
  'negated-value-matched',
  'key-missing',
  'key-missing-negated',
  'key-missing-if-exists',
  'for-any-value-missing',
  'for-all-values-missing',
  'for-any-value-matched',
  'for-any-value-none-matched',
  'for-all-values-matched',
  'for-all-values-some-failed',
  'multi-valued-plain-operator',
  'null-key-absent',
  'null-key-present',
  'null-with-set-operator',
  'request-type-mismatch',
  'unknown-operator',
];
const results = (match: boolean) =>
  Object.fromEntries(REASONS.map((reason) => [reason, Object.freeze({ match, reason })])) as Record<
    ClauseReason,
    ClauseResult
  >;
const YES = results(true);
const NO = results(false);
const either = (match: boolean, reason: ClauseReason): ClauseResult => (match ? YES[reason] : NO[reason]);

/**
 * Compiles one clause (one key under one operator) for evaluation against request contexts.
 * Semantics: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 * and reference_policies_condition-single-vs-multi-valued-context-keys.html.
 */
export function compileClause(clause: ConditionClause, variablesEnabled: boolean): CompiledClause {
  const parsed = parseOperator(clause.operator);
  // NullIfExists is not an operator (Null already tests presence): it never matches.
  const op = parsed?.base.family === 'null' && parsed.ifExists ? undefined : parsed;
  if (op === undefined) {
    const unknown: PreparedValue[] = clause.values.map((v) => ({ value: undefined, resolved: v.text }));
    const written = clause.values.map((v) => ({ written: v.text, path: v.path }));
    return new UnknownOperatorClause(clauseFrame(clause, undefined, written, true), unknown);
  }
  const matcher = familyMatcher(op.base);
  const compiled = clause.values.map((v) => compileValue(v.text, v.path, op, matcher, variablesEnabled));
  const dynamic = compiled.some((v) => v.template !== undefined);
  return new OperatorClause(clauseFrame(clause, op, compiled, !dynamic), op, matcher, compiled, dynamic);
}

/** Nothing cached yet (a context entry is an object or undefined, never null). */
const NOTHING = null;

class OperatorClause implements CompiledClause {
  readonly #frame: ClauseFrame;
  readonly #op: ParsedOperator;
  readonly #matcher: AnyFamilyMatcher;
  readonly #compiled: readonly CompiledValue[];
  readonly #fixed: readonly PreparedValue[];
  readonly #dynamic: boolean;
  readonly keyLower: string;
  /** Lower-cased keys of the policy variables in the values. */
  readonly #variables: readonly string[];
  /**
   * The last trace, with the entries it was built from (the key's, then each variable's). A
   * clause's trace depends on those entries alone, and entries are shared between requests that
   * give a key the same value (see resolveRequest), so repeated values cost a comparison, not a
   * trace.
   */
  #lastEntry: ContextEntry | undefined | typeof NOTHING = NOTHING;
  #lastVariables: readonly (ContextEntry | undefined)[] = [];
  #lastTrace: ConditionClauseTrace | undefined;

  constructor(
    frame: ClauseFrame,
    op: ParsedOperator,
    matcher: AnyFamilyMatcher,
    compiled: readonly CompiledValue[],
    dynamic: boolean,
  ) {
    this.#frame = frame;
    this.#op = op;
    this.#matcher = matcher;
    this.#compiled = compiled;
    this.#fixed = compiled.map(fixedValue);
    this.#dynamic = dynamic;
    this.keyLower = frame.clause.key.toLowerCase();
    const variables = new Set<string>();
    for (const v of compiled)
      for (const part of v.template ?? []) if (typeof part === 'object') variables.add(part.keyLower);
    this.#variables = [...variables];
  }

  test(entry: ContextEntry | undefined, context: ContextLookup): boolean {
    const known = this.#known(entry, context);
    if (known !== undefined) return known.outcome === 'match';
    return this.#decide(entry, this.#policyValues(context), undefined).match;
  }

  trace(entry: ContextEntry | undefined, context: ContextLookup): ConditionClauseTrace {
    const known = this.#known(entry, context);
    if (known !== undefined) return known;
    const policyValues = this.#policyValues(context);
    const matched: boolean[] = new Array<boolean>(policyValues.length).fill(false);
    const result = this.#decide(entry, policyValues, matched);
    const trace = buildTrace(this.#frame, entry, policyValues, matched, result);
    // Shared from now on: its objects are frozen, its arrays typed read-only (see CompiledStatement).
    // Values without policy variables come frozen (valueTraces).
    if (this.#dynamic) for (const v of trace.values) Object.freeze(v);
    this.#lastEntry = entry;
    if (this.#variables.length > 0) this.#lastVariables = this.#variables.map((k) => context.get(k));
    this.#lastTrace = Object.freeze(trace);
    return trace;
  }

  /** The last trace when it was built from these same entries. */
  #known(entry: ContextEntry | undefined, context: ContextLookup): ConditionClauseTrace | undefined {
    if (entry !== this.#lastEntry) return undefined;
    const variables = this.#variables;
    for (let i = 0; i < variables.length; i++)
      if (context.get(variables[i] as string) !== this.#lastVariables[i]) return undefined;
    return this.#lastTrace;
  }

  #policyValues(context: ContextLookup): readonly PreparedValue[] {
    return this.#dynamic ? this.#compiled.map((v) => resolveValue(v, this.#matcher, context)) : this.#fixed;
  }

  /**
   * The clause's outcome and reason. With `matched`, marks every policy value that matched (the
   * trace shows them); without, stops at the first match (the verdict needs no more).
   */
  #decide(
    entry: ContextEntry | undefined,
    policyValues: readonly PreparedValue[],
    matched: boolean[] | undefined,
  ): ClauseResult {
    const op = this.#op;
    const matcher = this.#matcher;
    const negated = op.base.negated;
    const present = entry !== undefined && entry.values.length > 0;

    if (op.base.family === 'null') {
      if (op.qualifier !== undefined)
        return either(op.qualifier === 'ForAllValues', 'null-with-set-operator');
      let any = false;
      for (let i = 0; i < policyValues.length; i++) {
        if (policyValues[i]?.value !== !present) continue;
        any = true;
        if (matched === undefined) break;
        matched[i] = true;
      }
      return either(any, present ? 'null-key-present' : 'null-key-absent');
    }
    if (!present) {
      if (op.ifExists) return YES['key-missing-if-exists'];
      if (op.qualifier === 'ForAnyValue') return NO['for-any-value-missing'];
      if (op.qualifier === 'ForAllValues') return YES['for-all-values-missing'];
      return negated ? YES['key-missing-negated'] : NO['key-missing'];
    }

    const requestValues = entry.read(matcher.form);
    if (op.qualifier === undefined) {
      if (requestValues.length > 1) {
        // Undocumented; the conservative reading: a positive operator fails, a negated one holds.
        if (matched !== undefined) for (const v of requestValues) anyMatch(matcher, v, policyValues, matched);
        return either(negated, 'multi-valued-plain-operator');
      }
      const single = requestValues[0];
      // A value the operator cannot read matches no policy value, so a negated operator holds.
      if (single === undefined) return either(negated, 'request-type-mismatch');
      const any = anyMatch(matcher, single, policyValues, matched);
      if (negated) return any ? NO['negated-value-matched'] : YES['negated-none-matched'];
      return any ? YES['value-matched'] : NO['no-value-matched'];
    }
    // Set operators: each request value satisfies the base operator when (positive) some policy
    // value matches it, or (negated) none does.
    let some = false;
    let all = true;
    for (const v of requestValues) {
      const satisfied = anyMatch(matcher, v, policyValues, matched) !== negated;
      if (satisfied) some = true;
      else all = false;
      if (matched === undefined && (op.qualifier === 'ForAnyValue' ? some : !all)) break;
    }
    if (op.qualifier === 'ForAnyValue')
      return some ? YES['for-any-value-matched'] : NO['for-any-value-none-matched'];
    return all ? YES['for-all-values-matched'] : NO['for-all-values-some-failed'];
  }
}

/** An operator IAM does not know never matches; its trace depends only on the key's entry. */
class UnknownOperatorClause implements CompiledClause {
  readonly #frame: ClauseFrame;
  readonly #values: readonly PreparedValue[];
  readonly #matched: readonly boolean[];
  readonly keyLower: string;
  #lastEntry: ContextEntry | undefined | typeof NOTHING = NOTHING;
  #lastTrace: ConditionClauseTrace | undefined;

  constructor(frame: ClauseFrame, values: readonly PreparedValue[]) {
    this.#frame = frame;
    this.#values = values;
    this.#matched = values.map(() => false);
    this.keyLower = frame.clause.key.toLowerCase();
  }

  test(): boolean {
    return false;
  }

  trace(entry: ContextEntry | undefined): ConditionClauseTrace {
    if (entry !== this.#lastEntry || this.#lastTrace === undefined) {
      this.#lastEntry = entry;
      this.#lastTrace = Object.freeze(
        buildTrace(this.#frame, entry, this.#values, this.#matched, NO['unknown-operator']),
      );
    }
    return this.#lastTrace;
  }
}

/**
 * Whether some policy value matches this request value. With `matched`, marks each one that
 * does; without, returns at the first.
 */
function anyMatch(
  matcher: AnyFamilyMatcher,
  requestValue: unknown,
  policyValues: readonly PreparedValue[],
  matched: boolean[] | undefined,
): boolean {
  if (requestValue === undefined) return false;
  let any = false;
  for (let i = 0; i < policyValues.length; i++) {
    const policy = policyValues[i]?.value;
    if (policy !== undefined && matcher.test(requestValue, policy)) {
      if (matched === undefined) return true;
      matched[i] = true;
      any = true;
    }
  }
  return any;
}

/** What a clause's traces take from the policy: fixed when the clause is compiled. */
interface ClauseFrame {
  readonly clause: ConditionClause;
  readonly op: ParsedOperator | undefined;
  readonly written: readonly { readonly written: string; readonly path: JsonPath }[];
  /** Value traces by match pattern; undefined when they cannot be shared (see valueTraces). */
  readonly shared: SharedValueTraces | undefined;
  /** Without policy variables, each value's trace when unmatched (2i) and matched (2i + 1). */
  readonly perValue: (PolicyValueTrace | undefined)[] | undefined;
}

function clauseFrame(
  clause: ConditionClause,
  op: ParsedOperator | undefined,
  written: ClauseFrame['written'],
  staticValues: boolean,
): ClauseFrame {
  const shared = staticValues && written.length <= MAX_SHARED_VALUES ? [] : undefined;
  return { clause, op, written, shared, perValue: staticValues ? [] : undefined };
}

/** Builds the clause trace with one fixed object shape (hot path: no spreads). */
function buildTrace(
  frame: ClauseFrame,
  entry: ContextEntry | undefined,
  policyValues: readonly PreparedValue[],
  matched: readonly boolean[],
  result: ClauseResult,
): ConditionClauseTrace {
  const { clause, op } = frame;
  const values = valueTraces(frame, policyValues, matched);
  const present = entry !== undefined && entry.values.length > 0;
  return {
    path: clause.path,
    operator: clause.operator,
    base: op?.base.name,
    qualifier: op?.qualifier,
    ifExists: op?.ifExists ?? false,
    negated: op?.base.negated ?? false,
    key: clause.key,
    requestValues: present ? entry.values : undefined,
    requestSource: present ? entry.source : undefined,
    values,
    outcome: result.match ? 'match' : 'no-match',
    reason: result.reason,
  };
}

/**
 * A clause's value traces by match pattern (bit i: value i matched). Values that do not depend on
 * the request (no policy variables) trace the same way whenever the same values match, so each
 * pattern is built once and shared between evaluations (traces are read-only). This halves the
 * allocations of a warm evaluation. Past MAX_SHARED_VALUES, each value's two traces are shared
 * and only the list is new.
 */
type SharedValueTraces = (readonly PolicyValueTrace[] | undefined)[];
/** Up to 2^8 patterns per clause; clauses with more values build the list each time. */
const MAX_SHARED_VALUES = 8;

function valueTraces(
  frame: ClauseFrame,
  policyValues: readonly PreparedValue[],
  matched: readonly boolean[],
): readonly PolicyValueTrace[] {
  const { shared, perValue } = frame;
  let pattern = 0;
  if (shared !== undefined) {
    for (let i = 0; i < matched.length; i++) if (matched[i] === true) pattern |= 1 << i;
    const known = shared[pattern];
    if (known !== undefined) return known;
  }
  const values: PolicyValueTrace[] = [];
  for (let i = 0; i < frame.written.length; i++) {
    const hit = matched[i] === true;
    if (perValue === undefined) {
      values.push(valueTrace(frame, policyValues[i], i, hit));
      continue;
    }
    const slot = 2 * i + (hit ? 1 : 0);
    let trace = perValue[slot];
    if (trace === undefined) {
      // Shared: the objects frozen, the arrays typed read-only (see CompiledStatement).
      trace = Object.freeze(valueTrace(frame, policyValues[i], i, hit));
      perValue[slot] = trace;
    }
    values.push(trace);
  }
  if (shared !== undefined) shared[pattern] = values;
  return values;
}

function valueTrace(
  { op, written }: ClauseFrame,
  prepared: PreparedValue | undefined,
  i: number,
  matched: boolean,
): PolicyValueTrace {
  const v = written[i] as ClauseFrame['written'][number];
  return {
    written: v.written,
    resolved: prepared?.resolved,
    matched,
    path: v.path,
    invalid:
      prepared !== undefined &&
      prepared.value === undefined &&
      prepared.resolved !== undefined &&
      op !== undefined,
  };
}

function compileValue(
  written: string,
  path: ConditionClause['path'],
  op: ParsedOperator,
  matcher: AnyFamilyMatcher,
  variablesEnabled: boolean,
): CompiledValue {
  if (!matcher.takesParts) return { written, path, fixed: matcher.compile(written), template: undefined };
  const template = parseTemplate(written, variablesEnabled && op.base.variables, op.base.wildcards);
  if (hasVariables(template)) return { written, path, fixed: undefined, template };
  return { written, path, fixed: matcher.compile(template as GlobPart[]), template: undefined };
}

interface PreparedValue {
  readonly value: unknown;
  readonly resolved: string | undefined;
}

function fixedValue(v: CompiledValue): PreparedValue {
  return { value: v.fixed, resolved: v.written };
}

function resolveValue(v: CompiledValue, matcher: AnyFamilyMatcher, context: ContextLookup): PreparedValue {
  if (v.template === undefined) return fixedValue(v);
  const parts = resolveTemplate(v.template, (keyLower) => {
    const entry = context.get(keyLower);
    if (entry === undefined || entry.values.length === 0) return undefined;
    // Multivalued keys cannot be policy variables: present with an array, it has no value at all.
    if (entry.multi) return null;
    return String(entry.values[0]);
  });
  if (parts === undefined) return { value: undefined, resolved: undefined };
  return { value: matcher.compile(parts), resolved: formatGlobParts(parts) };
}

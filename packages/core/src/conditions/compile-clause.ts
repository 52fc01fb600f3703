import type { ClauseReason, ConditionClauseTrace, Outcome, PolicyValueTrace } from '../evaluate/trace.js';
import type { JsonPath } from '../json/json-path.js';
import type { ConditionClause } from '../model/policy.js';
import type { ContextEntry } from '../request/context-entry.js';
import { formatGlobParts, type GlobPart } from '../text/glob.js';
import { type AnyFamilyMatcher, familyMatcher } from './operator-families.js';
import { type ParsedOperator, parseOperator } from './operator-names.js';
import { hasVariables, parseTemplate, resolveTemplate, type TemplatePart } from './variables.js';

/** Condition keys by lower-cased name: all a clause needs from the request. */
export type ContextLookup = ReadonlyMap<string, ContextEntry>;

export type CompiledClause = (context: ContextLookup) => ConditionClauseTrace;

interface CompiledValue {
  readonly written: string;
  readonly path: ConditionClause['path'];
  /** Compiled once when the value has no variables; undefined then means unusable. */
  readonly fixed: unknown;
  /** Template to resolve per request when the value has variables. */
  readonly template: readonly TemplatePart[] | undefined;
}

/**
 * Compiles one clause (one key under one operator) into a function of the request context.
 * Semantics: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 * and reference_policies_condition-single-vs-multi-valued-context-keys.html.
 */
export function compileClause(clause: ConditionClause, variablesEnabled: boolean): CompiledClause {
  const parsed = parseOperator(clause.operator);
  // NullIfExists is not an operator (Null already tests presence): it never matches.
  const op = parsed?.base.family === 'null' && parsed.ifExists ? undefined : parsed;
  const keyLower = clause.key.toLowerCase();
  if (op === undefined) {
    const unknown: PreparedValue[] = clause.values.map((v) => ({ value: undefined, resolved: v.text }));
    const written = clause.values.map((v) => ({ written: v.text, path: v.path }));
    const frame = clauseFrame(clause, undefined, written, true);
    return (context) => trace(frame, context.get(keyLower), unknown, [], 'no-match', 'unknown-operator');
  }
  const matcher = familyMatcher(op.base);
  const compiled = clause.values.map((v) => compileValue(v.text, v.path, op, matcher, variablesEnabled));
  const dynamic = compiled.some((v) => v.template !== undefined);
  const fixed = compiled.map(fixedValue);
  const frame = clauseFrame(clause, op, compiled, !dynamic);
  const negated = op.base.negated;

  return (context) => {
    const entry = context.get(keyLower);
    const policyValues = dynamic ? compiled.map((v) => resolveValue(v, matcher, context)) : fixed;
    const matched: boolean[] = new Array<boolean>(policyValues.length).fill(false);
    const present = entry !== undefined && entry.values.length > 0;

    if (op.base.family === 'null') {
      if (op.qualifier !== undefined)
        return trace(
          frame,
          entry,
          policyValues,
          matched,
          op.qualifier === 'ForAllValues' ? 'match' : 'no-match',
          'null-with-set-operator',
        );
      for (let i = 0; i < policyValues.length; i++) matched[i] = policyValues[i]?.value === !present;
      return trace(
        frame,
        entry,
        policyValues,
        matched,
        matched.includes(true) ? 'match' : 'no-match',
        present ? 'null-key-present' : 'null-key-absent',
      );
    }
    if (!present) {
      if (op.ifExists) return trace(frame, entry, policyValues, matched, 'match', 'key-missing-if-exists');
      if (op.qualifier === 'ForAnyValue')
        return trace(frame, entry, policyValues, matched, 'no-match', 'for-any-value-missing');
      if (op.qualifier === 'ForAllValues')
        return trace(frame, entry, policyValues, matched, 'match', 'for-all-values-missing');
      return negated
        ? trace(frame, entry, policyValues, matched, 'match', 'key-missing-negated')
        : trace(frame, entry, policyValues, matched, 'no-match', 'key-missing');
    }

    const requestValues = entry.read(matcher.form);
    if (op.qualifier === undefined) {
      if (requestValues.length > 1) {
        // Undocumented; the conservative reading: a positive operator fails, a negated one holds.
        for (const v of requestValues) anyMatch(matcher, v, policyValues, matched);
        return trace(
          frame,
          entry,
          policyValues,
          matched,
          negated ? 'match' : 'no-match',
          'multi-valued-plain-operator',
        );
      }
      const single = requestValues[0];
      // A value the operator cannot read matches no policy value, so a negated operator holds.
      if (single === undefined)
        return trace(
          frame,
          entry,
          policyValues,
          matched,
          negated ? 'match' : 'no-match',
          'request-type-mismatch',
        );
      const any = anyMatch(matcher, single, policyValues, matched);
      if (negated)
        return any
          ? trace(frame, entry, policyValues, matched, 'no-match', 'negated-value-matched')
          : trace(frame, entry, policyValues, matched, 'match', 'negated-none-matched');
      return any
        ? trace(frame, entry, policyValues, matched, 'match', 'value-matched')
        : trace(frame, entry, policyValues, matched, 'no-match', 'no-value-matched');
    }
    // Set operators: each request value satisfies the base operator when (positive) some policy
    // value matches it, or (negated) none does.
    let some = false;
    let all = true;
    for (const v of requestValues) {
      const satisfied = anyMatch(matcher, v, policyValues, matched) !== negated;
      if (satisfied) some = true;
      else all = false;
    }
    if (op.qualifier === 'ForAnyValue')
      return some
        ? trace(frame, entry, policyValues, matched, 'match', 'for-any-value-matched')
        : trace(frame, entry, policyValues, matched, 'no-match', 'for-any-value-none-matched');
    return all
      ? trace(frame, entry, policyValues, matched, 'match', 'for-all-values-matched')
      : trace(frame, entry, policyValues, matched, 'no-match', 'for-all-values-some-failed');
  };
}

/** Whether some policy value matches this request value, marking each one that does. */
function anyMatch(
  matcher: AnyFamilyMatcher,
  requestValue: unknown,
  policyValues: readonly PreparedValue[],
  matched: boolean[],
): boolean {
  if (requestValue === undefined) return false;
  let any = false;
  for (let i = 0; i < policyValues.length; i++) {
    const policy = policyValues[i]?.value;
    if (policy !== undefined && matcher.test(requestValue, policy)) {
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
}

function clauseFrame(
  clause: ConditionClause,
  op: ParsedOperator | undefined,
  written: ClauseFrame['written'],
  staticValues: boolean,
): ClauseFrame {
  const shared = staticValues && written.length <= MAX_SHARED_VALUES ? [] : undefined;
  return { clause, op, written, shared };
}

/** Builds the clause trace with one fixed object shape (hot path: no spreads). */
function trace(
  frame: ClauseFrame,
  entry: ContextEntry | undefined,
  policyValues: readonly PreparedValue[],
  matched: readonly boolean[],
  outcome: Outcome,
  reason: ClauseReason,
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
    outcome,
    reason,
  };
}

/**
 * A clause's value traces by match pattern (bit i: value i matched). Values that do not depend on
 * the request (no policy variables) trace the same way whenever the same values match, so each
 * pattern is built once and shared between evaluations (traces are read-only). This halves the
 * allocations of a warm evaluation.
 */
type SharedValueTraces = (readonly PolicyValueTrace[] | undefined)[];
/** Up to 2^8 patterns per clause; clauses with more values build their traces each time. */
const MAX_SHARED_VALUES = 8;

function valueTraces(
  { op, written, shared }: ClauseFrame,
  policyValues: readonly PreparedValue[],
  matched: readonly boolean[],
): readonly PolicyValueTrace[] {
  let pattern = 0;
  if (shared !== undefined) {
    for (let i = 0; i < matched.length; i++) if (matched[i] === true) pattern |= 1 << i;
    const known = shared[pattern];
    if (known !== undefined) return known;
  }
  const values: PolicyValueTrace[] = [];
  for (let i = 0; i < written.length; i++) {
    const v = written[i] as ClauseFrame['written'][number];
    const prepared = policyValues[i];
    values.push({
      written: v.written,
      resolved: prepared?.resolved,
      matched: matched[i] === true,
      path: v.path,
      invalid:
        prepared !== undefined &&
        prepared.value === undefined &&
        prepared.resolved !== undefined &&
        op !== undefined,
    });
  }
  if (shared === undefined) return values;
  // Frozen: one evaluation's consumer must never be able to change another's trace.
  for (const v of values) Object.freeze(v);
  shared[pattern] = Object.freeze(values);
  return values;
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

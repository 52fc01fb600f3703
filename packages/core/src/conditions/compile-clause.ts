import type { ClauseReason, ConditionClauseTrace, Outcome, PolicyValueTrace } from '../evaluate/trace.js';
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
    const values = clause.values.map((v) => ({
      written: v.text,
      resolved: v.text,
      matched: false,
      path: v.path,
    }));
    return (context) => {
      const entry = context.get(keyLower);
      return {
        ...header(clause, undefined, entry),
        values,
        outcome: 'no-match',
        reason: 'unknown-operator',
      };
    };
  }
  const matcher = familyMatcher(op.base);
  const compiled = clause.values.map((v) => compileValue(v.text, v.path, op, matcher, variablesEnabled));
  const dynamic = compiled.some((v) => v.template !== undefined);

  return (context) => {
    const entry = context.get(keyLower);
    const policyValues = dynamic
      ? compiled.map((v) => resolveValue(v, matcher, context))
      : compiled.map(fixedValue);
    const matched: boolean[] = policyValues.map(() => false);
    const finish = (outcome: Outcome, reason: ClauseReason): ConditionClauseTrace => ({
      ...header(clause, op, entry),
      values: compiled.map(
        (v, i): PolicyValueTrace => ({
          written: v.written,
          resolved: policyValues[i]?.resolved,
          matched: matched[i] ?? false,
          path: v.path,
          ...(policyValues[i]?.value === undefined && policyValues[i]?.resolved !== undefined
            ? { invalid: true as const }
            : {}),
        }),
      ),
      outcome,
      reason,
    });
    const present = entry !== undefined && entry.values.length > 0;

    if (op.base.family === 'null') {
      if (op.qualifier !== undefined)
        return finish(op.qualifier === 'ForAllValues' ? 'match' : 'no-match', 'null-with-set-operator');
      policyValues.forEach((v, i) => {
        matched[i] = v.value === !present;
      });
      return finish(
        matched.includes(true) ? 'match' : 'no-match',
        present ? 'null-key-present' : 'null-key-absent',
      );
    }
    if (!present) {
      if (op.ifExists) return finish('match', 'key-missing-if-exists');
      if (op.qualifier === 'ForAnyValue') return finish('no-match', 'for-any-value-missing');
      if (op.qualifier === 'ForAllValues') return finish('match', 'for-all-values-missing');
      return op.base.negated ? finish('match', 'key-missing-negated') : finish('no-match', 'key-missing');
    }

    const requestValues = entry.typed(matcher.requestForm, (v) => matcher.parseRequest(v));
    // "Some policy value matches this request value", recording which ones did.
    const anyMatch = (requestValue: unknown): boolean => {
      let any = false;
      policyValues.forEach((policy, i) => {
        if (policy.value !== undefined && matcher.test(requestValue, policy.value)) {
          matched[i] = true;
          any = true;
        }
      });
      return any;
    };
    // A value satisfies the base operator: positive = some policy value matches; negated = none.
    // A value the operator cannot read matches no policy value, so a negated operator holds.
    const satisfies = (requestValue: unknown): boolean => {
      const any = requestValue !== undefined && anyMatch(requestValue);
      return op.base.negated ? !any : any;
    };

    if (op.qualifier === undefined) {
      if (requestValues.length > 1) {
        // Undocumented; the conservative reading: a positive operator fails, a negated one holds.
        for (const v of requestValues) if (v !== undefined) anyMatch(v);
        return finish(op.base.negated ? 'match' : 'no-match', 'multi-valued-plain-operator');
      }
      const single = requestValues[0];
      if (single === undefined)
        return finish(op.base.negated ? 'match' : 'no-match', 'request-type-mismatch');
      if (op.base.negated)
        return anyMatch(single)
          ? finish('no-match', 'negated-value-matched')
          : finish('match', 'negated-none-matched');
      return anyMatch(single) ? finish('match', 'value-matched') : finish('no-match', 'no-value-matched');
    }
    if (op.qualifier === 'ForAnyValue') {
      let some = false;
      for (const v of requestValues) if (satisfies(v)) some = true;
      return some
        ? finish('match', 'for-any-value-matched')
        : finish('no-match', 'for-any-value-none-matched');
    }
    let all = true;
    for (const v of requestValues) if (!satisfies(v)) all = false;
    return all ? finish('match', 'for-all-values-matched') : finish('no-match', 'for-all-values-some-failed');
  };
}

function header(clause: ConditionClause, op: ParsedOperator | undefined, entry: ContextEntry | undefined) {
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
    // Multivalued keys cannot be policy variables: an array counts as no value.
    if (entry === undefined || entry.multi || entry.values.length !== 1) return undefined;
    const value = entry.values[0];
    return value === undefined ? undefined : String(value);
  });
  if (parts === undefined) return { value: undefined, resolved: undefined };
  return { value: matcher.compile(parts), resolved: formatGlobParts(parts) };
}

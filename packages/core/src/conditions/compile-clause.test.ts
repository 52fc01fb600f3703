// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written ${key} in plain strings.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConditionClause } from '../model/policy.js';
import { resolveRequest } from '../request/resolve-request.js';
import { type CompiledClause, type ContextLookup, compileClause } from './compile-clause.js';
import cases from './operators.cases.json' with { type: 'json' };
import type { ContextValue } from './typed-values.js';

interface OperatorRow {
  name: string;
  operator: string;
  key: string;
  values: readonly string[];
  context?: Record<string, ContextValue>;
  caller?: string;
  version?: string;
  outcome: string;
  reason: string;
  /** Per policy value: whether it matched. */
  matched?: readonly boolean[];
  /** Per policy value: the text after variables, null when a variable had no value. */
  resolved?: readonly (string | null)[];
  /** Per policy value: whether the operator cannot use it. */
  invalid?: readonly boolean[];
}

const table: readonly OperatorRow[] = cases;

/** 2026-01-05T10:00:00Z: aws:CurrentTime and aws:EpochTime (1767607200) when not given. */
const NOW = Date.UTC(2026, 0, 5, 10, 0, 0);
const USER = 'arn:aws:iam::111122223333:user/alice';

function contextOf(context: Record<string, ContextValue> | undefined, caller = USER): ContextLookup {
  const request = resolveRequest(
    { principal: { AWS: caller }, ...(context ? { context } : {}) },
    { now: NOW },
  );
  return request.byKey;
}

/** The clause against a request context, looking its key up as the evaluator does. */
const traceIn = (compiled: CompiledClause, context: ContextLookup) =>
  compiled.trace(context.get(compiled.keyLower), context);

function clauseOf(operator: string, key: string, values: readonly string[]): ConditionClause {
  return {
    operator,
    operatorPath: ['Statement', 0, 'Condition', operator],
    key,
    path: ['Statement', 0, 'Condition', operator, key],
    values: values.map((text, i) => ({ text, path: ['Statement', 0, 'Condition', operator, key, i] })),
  };
}

describe('compileClause on the operator table', () => {
  it.each(table)('$name', (row) => {
    const compiled = compileClause(clauseOf(row.operator, row.key, row.values), row.version !== '2008-10-17');
    const context = contextOf(row.context, row.caller);
    const trace = traceIn(compiled, context);
    // The verdict path decides without a trace and must agree with it.
    expect(compiled.test(context.get(compiled.keyLower), context)).toBe(trace.outcome === 'match');
    expect({ outcome: trace.outcome, reason: trace.reason }).toEqual({
      outcome: row.outcome,
      reason: row.reason,
    });
    if (row.matched !== undefined) expect(trace.values.map((v) => v.matched)).toEqual(row.matched);
    if (row.resolved !== undefined) expect(trace.values.map((v) => v.resolved ?? null)).toEqual(row.resolved);
    if (row.invalid !== undefined) expect(trace.values.map((v) => v.invalid === true)).toEqual(row.invalid);
  });
});

describe('compileClause traces', () => {
  it('names the parsed operator and the request values with their source', () => {
    const clause = clauseOf('ForAnyValue:stringLikeIfExists', 'AWS:TagKeys', ['t*']);
    const trace = traceIn(compileClause(clause, true), contextOf({ 'aws:TagKeys': ['team', 'x'] }));
    expect(trace).toMatchObject({
      operator: 'ForAnyValue:stringLikeIfExists',
      base: 'StringLike',
      qualifier: 'ForAnyValue',
      ifExists: true,
      negated: false,
      key: 'AWS:TagKeys',
      path: clause.path,
      requestValues: ['team', 'x'],
      requestSource: 'given',
    });
    expect(trace.values).toEqual([
      {
        written: 't*',
        resolved: 't*',
        matched: true,
        path: ['Statement', 0, 'Condition', 'ForAnyValue:stringLikeIfExists', 'AWS:TagKeys', 0],
        invalid: false,
      },
    ]);
  });

  it('reports a derived request value as derived and a missing one as undefined', () => {
    const derived = traceIn(
      compileClause(clauseOf('StringEquals', 'aws:username', ['alice']), true),
      contextOf(undefined),
    );
    expect([derived.requestValues, derived.requestSource]).toEqual([['alice'], 'derived']);
    const missing = traceIn(
      compileClause(clauseOf('StringNotEquals', 'sts:ExternalId', ['x']), true),
      contextOf(undefined),
    );
    expect([missing.requestValues, missing.requestSource]).toEqual([undefined, undefined]);
  });

  it('an unknown operator has no base name and keeps its values unmatched', () => {
    const trace = traceIn(
      compileClause(clauseOf('StringEqualz', 'sts:ExternalId', ['x']), true),
      contextOf({ 'sts:ExternalId': 'x' }),
    );
    expect(trace).toMatchObject({ base: undefined, qualifier: undefined, ifExists: false, negated: false });
    expect(trace.values.map((v) => [v.written, v.matched])).toEqual([['x', false]]);
  });

  it('a compiled clause with variables resolves them afresh for each request', () => {
    const compiled = compileClause(
      clauseOf('StringEquals', 'sts:RoleSessionName', ['${aws:username}']),
      true,
    );
    const alice = traceIn(compiled, contextOf({ 'sts:RoleSessionName': 'alice' }));
    const bob = traceIn(
      compiled,
      contextOf({ 'sts:RoleSessionName': 'alice' }, 'arn:aws:iam::111122223333:user/bob'),
    );
    expect([alice.outcome, alice.values[0]?.resolved]).toEqual(['match', 'alice']);
    expect([bob.outcome, bob.values[0]?.resolved]).toEqual(['no-match', 'bob']);
  });

  it('a negated operator marks the policy value that made it fail', () => {
    const trace = traceIn(
      compileClause(clauseOf('StringNotLike', 'sts:ExternalId', ['a*', 'E*', '*1']), true),
      contextOf({ 'sts:ExternalId': 'Ex-1' }),
    );
    expect(trace.values.map((v) => v.matched)).toEqual([false, true, true]);
  });
});

describe('compileClause: one compiled clause, many requests', () => {
  // The value traces of a clause without policy variables are shared between evaluations that
  // match the same values; each evaluation must still see its own matches.
  const clause = clauseOf('ForAnyValue:StringEquals', 'aws:TagKeys', ['a', 'b', 'c']);
  const compiled = compileClause(clause, true);
  const matchedBy = (keys: string[]) =>
    traceIn(compiled, contextOf({ 'aws:TagKeys': keys })).values.map((v) => v.matched);

  it('marks exactly the values each request matched, whatever came before', () => {
    expect(matchedBy(['a'])).toEqual([true, false, false]);
    expect(matchedBy(['c', 'b'])).toEqual([false, true, true]);
    expect(matchedBy(['x'])).toEqual([false, false, false]);
    expect(matchedBy(['a'])).toEqual([true, false, false]);
    expect(matchedBy(['a', 'b', 'c'])).toEqual([true, true, true]);
  });

  it('agrees with a freshly compiled clause for any sequence of requests', () => {
    fc.assert(
      fc.property(fc.array(fc.subarray(['a', 'b', 'c', 'x']), { maxLength: 12 }), (requests) => {
        for (const keys of requests) {
          const fresh = traceIn(compileClause(clause, true), contextOf({ 'aws:TagKeys': keys }));
          expect(traceIn(compiled, contextOf({ 'aws:TagKeys': keys }))).toEqual(fresh);
        }
      }),
    );
  });

  it('hands out read-only value traces (the objects frozen, the array typed read-only)', () => {
    const values = traceIn(compiled, contextOf({ 'aws:TagKeys': ['b'] })).values;
    expect(values.every((v) => Object.isFrozen(v))).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, type Evaluation, evaluate, lint, parseTrustFile } from '../src/index.js';
import { matchingDeny, policy, recase, request, statement } from './arbitraries.js';
import { referenceEvaluate } from './reference/reference-evaluator.js';

const NOW = Date.parse('2026-06-15T12:00:00Z');
/** Seeds and run counts are printed by fast-check on failure; pin a failing seed as a named regression test. */
const runs = { numRuns: Number(process.env.TW_PROPERTY_RUNS ?? 400) };
/** Generous: TW_PROPERTY_RUNS=20000 takes minutes; no property asserts on time. */
const timeout = 600_000;

const decide = (p: unknown, r: unknown): Evaluation => evaluate({ policy: p }, r, { now: NOW });
const statementsOf = (p: { Statement: unknown[] }) => p.Statement;

describe('evaluator properties', () => {
  it(
    'compile(p).evaluate(r) equals evaluate(p, r), and both agree with the naive reference evaluator',
    () => {
      fc.assert(
        fc.property(policy, request, (p, r) => {
          const fast = compile({ policy: p }).evaluate(r, { now: NOW });
          const direct = decide(p, r);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(direct));
          expect(fast.decision).toBe(referenceEvaluate({ policy: p }, r, NOW));
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'the policy as text and as an object give the same decision',
    () => {
      fc.assert(
        fc.property(policy, request, (p, r) => {
          expect(decide(JSON.stringify(p, null, 2), r).decision).toBe(decide(p, r).decision);
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'statement order never changes the decision or the decisive statements',
    () => {
      fc.assert(
        fc.property(policy, request, fc.nat(), (p, r, seed) => {
          const shuffled = [...statementsOf(p)].sort(
            (a, b) =>
              ((JSON.stringify(a).length * (seed + 7)) % 13) - ((JSON.stringify(b).length * (seed + 7)) % 13),
          );
          const before = decide(p, r);
          const after = decide({ ...p, Statement: shuffled }, r);
          expect(after.decision).toBe(before.decision);
          const sids = (e: Evaluation, s: unknown[]) =>
            e.decisive.map((d) => JSON.stringify(s[d.index])).sort();
          expect(sids(after, shuffled)).toEqual(sids(before, statementsOf(p)));
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'adding a matching Deny always gives explicit-deny',
    () => {
      fc.assert(
        fc.property(policy, request, (p, r) => {
          const denied = { ...p, Statement: [...statementsOf(p), matchingDeny(r)] };
          expect(decide(denied, r).decision).toBe('explicit-deny');
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'adding an Allow never removes access: allow stays allow, explicit-deny stays explicit-deny',
    () => {
      fc.assert(
        fc.property(policy, statement, request, (p, extra, r) => {
          const before = decide(p, r).decision;
          const allow = { ...extra, Effect: 'Allow' };
          const after = decide({ ...p, Statement: [...statementsOf(p), allow] }, r).decision;
          if (before === 'allow') expect(after).toBe('allow');
          if (before === 'explicit-deny') expect(after).toBe('explicit-deny');
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    're-casing action names and condition-key names changes nothing',
    () => {
      fc.assert(
        fc.property(policy, request, fc.integer(), (p, r, seed) => {
          const recasedPolicy = JSON.parse(
            JSON.stringify(p).replace(
              /"(sts:[A-Za-z*?]+|aws:[A-Za-z]+|saml:aud)"(?=\s*:)|"(sts:[A-Za-z*?]+)"/g,
              (m) => recase(m, seed),
            ),
          ) as unknown;
          const recasedRequest = {
            ...r,
            ...(r.action === undefined ? {} : { action: recase(r.action, seed) }),
            ...(r.context === undefined
              ? {}
              : {
                  context: Object.fromEntries(
                    Object.entries(r.context).map(([k, v]) => [recase(k, seed ^ 0x5a5a), v]),
                  ),
                }),
          };
          expect(decide(recasedPolicy, recasedRequest).decision).toBe(decide(p, r).decision);
        }),
        runs,
      );
    },
    timeout,
  );
});

describe('total functions: never throw', () => {
  const fuzzOnce = (input: unknown, req: unknown) => {
    const asText = typeof input === 'string' ? input : (JSON.stringify(input) ?? '');
    expect(() => lint({ policy: input })).not.toThrow();
    expect(() => lint({ policy: asText })).not.toThrow();
    expect(() => evaluate({ policy: input }, req, { now: NOW })).not.toThrow();
    expect(() =>
      evaluate({ policy: asText, role: typeof req === 'string' ? req : undefined }, req),
    ).not.toThrow();
    expect(() => parseTrustFile(asText)).not.toThrow();
    expect(() => parseTrustFile(input)).not.toThrow();
  };

  it(
    'on arbitrary JSON values',
    () => {
      fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), fuzzOnce), runs);
    },
    timeout,
  );

  it(
    'on arbitrary text',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.anything(), fuzzOnce), runs);
    },
    timeout,
  );

  it(
    'on policies with random edits (truncation, insertions, deletions)',
    () => {
      fc.assert(
        fc.property(policy, request, fc.nat(), fc.string({ maxLength: 3 }), (p, r, cut, insert) => {
          const text = JSON.stringify(p);
          const at = cut % (text.length + 1);
          for (const edited of [
            text.slice(0, at),
            text.slice(0, at) + insert + text.slice(at),
            text.slice(0, at) + text.slice(at + 1),
          ]) {
            fuzzOnce(edited, r);
          }
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'on structurally random policies with garbage in every field',
    () => {
      const garbage = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom('*', '', '${', 'arn:aws:iam::*:root', '::::::'),
      );
      fc.assert(
        fc.property(
          fc.record({
            Version: garbage,
            Statement: fc.array(
              fc.record({
                Effect: garbage,
                Principal: garbage,
                NotPrincipal: garbage,
                Action: garbage,
                Condition: garbage,
              }),
            ),
          }),
          fc.record({ action: garbage, principal: garbage, context: garbage }),
          fuzzOnce,
        ),
        runs,
      );
    },
    timeout,
  );
});

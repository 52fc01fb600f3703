import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compile,
  type Evaluation,
  evaluate,
  lint,
  parseTrustFile,
  resolveRequest,
  type StatementTrace,
} from '../src/index.js';
import { forgetGivenEntries } from '../src/request/given-entries.js';
import { forgetResolvedRequests } from '../src/request/resolve-request.js';
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
    'one compiled policy gives every request of a sequence what a fresh compile gives it (shared traces never leak)',
    () => {
      fc.assert(
        fc.property(policy, fc.array(request, { minLength: 1, maxLength: 6 }), fc.nat(), (p, rs, seed) => {
          const compiled = compile({ policy: p });
          // Repeats and interleavings, so that every trace shared between evaluations is reused.
          const sequence = [
            ...rs,
            ...rs.map((_, i) => rs[(i * 7 + seed) % rs.length] as (typeof rs)[number]),
          ];
          for (const r of sequence) {
            expect(JSON.stringify(compiled.evaluate(r, { now: NOW }))).toBe(JSON.stringify(decide(p, r)));
          }
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'resolving a request does not depend on the requests resolved before it (shared context entries, remembered requests)',
    () => {
      fc.assert(
        fc.property(fc.array(request, { minLength: 1, maxLength: 6 }), (rs) => {
          // Each request twice, interleaved, so that remembered ones are found again.
          const warm = [...rs, ...rs].map((r) => JSON.stringify(resolveRequest(r, { now: NOW })));
          const cold = [...rs, ...rs].map((r) => {
            forgetGivenEntries();
            forgetResolvedRequests();
            return JSON.stringify(resolveRequest(r, { now: NOW }));
          });
          expect(warm).toEqual(cold);
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'a companion action is decided as the same request made with that action',
    () => {
      fc.assert(
        fc.property(policy, request, (p, r) => {
          for (const req of decide(p, r).requirements) {
            if (req.kind !== 'companion-action') continue;
            const alone = decide(p, { ...r, action: req.action });
            expect([req.decision, req.decisive]).toEqual([alone.decision, alone.decisive]);
          }
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'hands out frozen trace objects: one reader cannot change what another evaluation reads',
    () => {
      // The trace objects; their arrays are typed read-only (frozen arrays iterate slowly in V8),
      // and the paths and refs they point to belong to the compiled policy.
      const frozen = (s: StatementTrace): boolean[] => [
        Object.isFrozen(s),
        Object.isFrozen(s.principal),
        ...s.principal.entries.map((e) => Object.isFrozen(e)),
        Object.isFrozen(s.action),
        s.action.pattern === undefined || Object.isFrozen(s.action.pattern),
        ...s.conditions.flatMap((c) => [Object.isFrozen(c), ...c.values.map((v) => Object.isFrozen(v))]),
      ];
      fc.assert(
        fc.property(policy, request, (p, r) => {
          const compiled = compile({ policy: p });
          compiled.evaluate(r, { now: NOW });
          for (const s of compiled.evaluate(r, { now: NOW }).statements)
            expect(frozen(s).every(Boolean)).toBe(true);
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

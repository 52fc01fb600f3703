import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AccessChange, diffPolicies, type Evaluation, evaluate, resolveRequest } from '../src/index.js';
import { policyPair, request, role } from './arbitraries.js';

const NOW = Date.parse('2026-06-15T12:00:00Z');
/** Each run diffs a random pair; TW_PROPERTY_RUNS raises the count. No property asserts on time. */
const runs = { numRuns: Math.max(50, Math.floor(Number(process.env.TW_PROPERTY_RUNS ?? 400) / 4)) };
const timeout = 600_000;

/**
 * Keys AWS always sends (the clock, TLS): given as an empty list they would be missing, which
 * no real request is, so such requests are outside the diff's request space.
 */
const ALWAYS_SENT = new Set(['aws:currenttime', 'aws:epochtime', 'aws:securetransport']);
const impossible = (context: Record<string, unknown>) =>
  Object.entries(context).some(
    ([k, v]) => ALWAYS_SENT.has(k.toLowerCase()) && Array.isArray(v) && v.length === 0,
  );

/** Keys that follow from the caller: the diff keeps them consistent with the caller, as AWS does. */
const CALLER_KEYS = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principaltype',
  'aws:username',
  'aws:userid',
]);

describe('diff properties', () => {
  it(
    'sound: every witness, replayed through evaluate, gets the two verdicts the diff claims',
    () => {
      fc.assert(
        fc.property(policyPair, role, ([base, head], r) => {
          const diff = diffPolicies({ policy: base, role: r }, { policy: head, role: r }, { now: NOW });
          expect(diff.ok).toBe(true);
          for (const change of diff.changes) {
            const before = evaluate({ policy: base, role: r }, change.witness, { now: NOW });
            const after = evaluate({ policy: head, role: r }, change.witness, { now: NOW });
            expect(before.decision).toBe(change.base.decision);
            expect(after.decision).toBe(change.head.decision);
            expect(before.decision).not.toBe(after.decision);
            // A witness is a request AWS could send: it resolves without errors or warnings.
            expect(before.request.findings).toEqual([]);
          }
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'complete when exact: any request the versions decide differently falls in a listed class',
    () => {
      fc.assert(
        fc.property(
          policyPair,
          role,
          fc.array(request, { minLength: 1, maxLength: 8 }),
          ([base, head], r, requests) => {
            const diff = diffPolicies({ policy: base, role: r }, { policy: head, role: r }, { now: NOW });
            if (!diff.exact) return;
            for (const raw of requests) {
              const context = Object.fromEntries(
                Object.entries(raw.context ?? {}).filter(([k]) => !CALLER_KEYS.has(k.toLowerCase())),
              );
              if (impossible(context)) continue;
              const req = { ...raw, context };
              if (resolveRequest(req, { now: NOW }).findings.length > 0) continue;
              const before = evaluate({ policy: base, role: r }, req, { now: NOW });
              const after = evaluate({ policy: head, role: r }, req, { now: NOW });
              if (before.decision === after.decision) continue;
              // Listed with the same verdicts and, where a statement decides, the same statements.
              const decisive = (e: Evaluation) => e.decisive.map((d) => d.index).join(',');
              const statementsOf = (c: AccessChange['base']) =>
                c.cause.kind === 'not-allowed' ? '' : c.cause.statements.map((d) => d.index).join(',');
              const listed = diff.changes.some(
                (c) =>
                  c.base.decision === before.decision &&
                  c.head.decision === after.decision &&
                  statementsOf(c.base) === decisive(before) &&
                  statementsOf(c.head) === decisive(after),
              );
              expect(listed, `${JSON.stringify(req)}: ${before.decision} -> ${after.decision}`).toBe(true);
            }
          },
        ),
        runs,
      );
    },
    timeout,
  );

  it(
    'a policy diffed with itself changes nothing',
    () => {
      fc.assert(
        fc.property(policyPair, role, ([base], r) => {
          const diff = diffPolicies({ policy: base, role: r }, { policy: base, role: r }, { now: NOW });
          expect(diff.changes).toEqual([]);
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'swapping the versions swaps the directions of added and removed access',
    () => {
      fc.assert(
        fc.property(policyPair, role, ([base, head], r) => {
          const forward = diffPolicies({ policy: base, role: r }, { policy: head, role: r }, { now: NOW });
          const backward = diffPolicies({ policy: head, role: r }, { policy: base, role: r }, { now: NOW });
          if (!forward.exact || !backward.exact) return;
          expect(forward.summary.added > 0).toBe(backward.summary.removed > 0);
          expect(forward.summary.removed > 0).toBe(backward.summary.added > 0);
        }),
        runs,
      );
    },
    timeout,
  );
});

describe('diff is total', () => {
  it(
    'never throws on arbitrary input, and an unreadable version gives ok: false',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.jsonValue(), fc.string(), (a, b, text) => {
          expect(() => diffPolicies({ policy: a }, { policy: b }, { now: NOW })).not.toThrow();
          const broken = diffPolicies({ policy: `[${JSON.stringify(text)}` }, { policy: a }, { now: NOW });
          expect(broken.ok).toBe(false);
          expect(broken.problems.some((p) => p.version === 'base' && p.code === 'policy-unreadable')).toBe(
            true,
          );
        }),
        runs,
      );
    },
    timeout,
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, counterfactuals, evaluate } from '../src/index.js';
import { policy, request, role } from './arbitraries.js';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const runs = { numRuns: Math.max(50, Math.floor(Number(process.env.TW_PROPERTY_RUNS ?? 400) / 2)) };
const timeout = 600_000;

describe('counterfactual properties', () => {
  it(
    'every suggestion replays with the verdict it claims, and that verdict differs from the old one',
    () => {
      fc.assert(
        fc.property(policy, request, role, fc.boolean(), (p, r, roleArn, asText) => {
          const input = { policy: asText ? JSON.stringify(p, null, 2) : p, role: roleArn };
          const result = counterfactuals(input, r, { now: NOW });
          const before = evaluate(input, r, { now: NOW }).decision;
          expect(result.decision).toBe(before);
          for (const change of result.request) {
            expect(evaluate(input, change.request, { now: NOW }).decision).toBe(change.verified);
            expect(change.verified).not.toBe(before);
          }
          for (const change of result.policy) {
            expect(applyEdits(result.policyText, change.edits)).toBe(change.policyText);
            expect(evaluate({ policy: change.policyText, role: roleArn }, r, { now: NOW }).decision).toBe(
              change.verified,
            );
            expect(change.verified).not.toBe(before);
          }
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'never throws on arbitrary input',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.jsonValue(), (p, r) => {
          expect(() => counterfactuals({ policy: p }, r, { now: NOW })).not.toThrow();
          expect(() => counterfactuals({ policy: JSON.stringify(p) }, r, { now: NOW })).not.toThrow();
        }),
        runs,
      );
    },
    timeout,
  );
});

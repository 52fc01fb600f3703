import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, counterfactuals, type Decision, evaluate, parseJson } from '../src/index.js';

/** Each case: a request and its verdict, and the suggestions (by their words) that must be offered. */
interface CounterfactualCase {
  readonly name: string;
  readonly policy: unknown;
  readonly role?: string;
  readonly request: unknown;
  readonly decision: Decision;
  readonly requestChanges: readonly string[];
  readonly policyChanges: readonly string[];
}

const NOW = Date.parse('2026-06-15T12:00:00Z');
const CASES = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'counterfactual', 'cases.json'), 'utf8'),
) as CounterfactualCase[];

describe('counterfactual table', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const input = { policy: c.policy, role: c.role };
      const result = counterfactuals(input, c.request, { now: NOW });
      expect(result.decision).toBe(c.decision);
      expect(evaluate(input, c.request, { now: NOW }).decision).toBe(c.decision);
      // Every request change replays with the verdict it claims, which differs from the old one.
      for (const r of result.request) {
        const replay = evaluate(input, r.request, { now: NOW });
        expect(replay.decision, r.text).toBe(r.verified);
        expect(r.verified).not.toBe(c.decision);
        expect(replay.request.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }
      // Every policy change is text that parses, applies as stated, and gets the claimed verdict.
      for (const p of result.policy) {
        expect(applyEdits(result.policyText, p.edits)).toBe(p.policyText);
        expect(parseJson(p.policyText).errors).toEqual([]);
        expect(
          evaluate({ policy: p.policyText, role: c.role }, c.request, { now: NOW }).decision,
          p.text,
        ).toBe(p.verified);
        expect(p.verified).not.toBe(c.decision);
      }
      const texts = (list: readonly { text: string }[]) => list.map((x) => x.text).join('\n');
      for (const want of c.requestChanges) expect(texts(result.request)).toContain(want);
      for (const want of c.policyChanges) expect(texts(result.policy)).toContain(want);
      if (c.requestChanges.length === 0 && c.policyChanges.length === 0 && result.problem !== undefined)
        expect(result.request.length + result.policy.length).toBe(0);
    });
  }

  it('keeps the layout of a policy given as text', () => {
    const c = CASES.find((x) => x.name === 'a missing external ID') as CounterfactualCase;
    const result = counterfactuals({ policy: c.policy, role: c.role }, c.request, { now: NOW });
    const removal = result.policy.find((p) => p.change === 'remove-condition');
    expect(removal?.policyText).toContain('\n  "Statement": [\n');
  });
});

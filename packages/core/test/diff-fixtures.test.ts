import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Decision, DIFF_DIRECTIONS, type DiffDirection, diffPolicies, evaluate } from '../src/index.js';

/**
 * The diff table: pairs of policy versions, each with the directions of change a reviewer
 * expects, a witness written by hand with its two verdicts (replayed here, so a wrong fixture
 * fails too), and the words the matching class must say. Written from the IAM documentation,
 * never from the diff's own output.
 */
interface DiffCase {
  readonly name: string;
  readonly base: { readonly policy: unknown; readonly role?: string };
  readonly head: { readonly policy: unknown; readonly role?: string };
  readonly directions: readonly DiffDirection[];
  readonly witness: { readonly request: unknown; readonly base: Decision; readonly head: Decision };
  readonly description?: string;
  readonly exact: boolean;
}

const NOW = Date.parse('2026-06-15T12:00:00Z');
const CASES = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'diff', 'cases.json'), 'utf8'),
) as DiffCase[];

describe('diff table', () => {
  it('has at least 60 pairs, every direction, and unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    for (const d of DIFF_DIRECTIONS) expect(CASES.some((c) => c.directions.includes(d))).toBe(true);
    expect(CASES.some((c) => c.directions.length === 0)).toBe(true);
  });

  for (const c of CASES) {
    it(c.name, () => {
      // The fixture's own witness is right about both versions.
      const before = evaluate(c.base, c.witness.request, { now: NOW });
      const after = evaluate(c.head, c.witness.request, { now: NOW });
      expect(before.decision, 'old verdict of the fixture witness').toBe(c.witness.base);
      expect(after.decision, 'new verdict of the fixture witness').toBe(c.witness.head);

      const diff = diffPolicies(c.base, c.head, { now: NOW });
      expect(diff.ok).toBe(true);
      expect([...new Set(diff.changes.map((x) => x.direction))].sort()).toEqual([...c.directions].sort());
      expect(diff.exact).toBe(c.exact);
      // Every witness of the diff replays with the verdicts it claims.
      for (const change of diff.changes) {
        expect(evaluate(c.base, change.witness, { now: NOW }).decision).toBe(change.base.decision);
        expect(evaluate(c.head, change.witness, { now: NOW }).decision).toBe(change.head.decision);
      }
      if (c.witness.base !== c.witness.head) {
        const same = diff.changes.filter(
          (x) => x.base.decision === c.witness.base && x.head.decision === c.witness.head,
        );
        expect(same.length, 'a class with the fixture witness verdicts').toBeGreaterThan(0);
        if (c.description !== undefined)
          expect(same.map((x) => x.description).join('\n')).toContain(c.description);
      }
    });
  }
});

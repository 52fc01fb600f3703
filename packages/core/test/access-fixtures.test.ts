import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AccessSide,
  type CallerPolicies,
  type Decision,
  evaluateAccess,
  explainAccess,
  renderExplanation,
  type SideStatus,
} from '../src/index.js';

/** The caller's side: same account and cross account, identity allow and deny, SCPs, boundaries, refusals. */
interface AccessCase {
  readonly name: string;
  readonly policy: unknown;
  readonly role?: string;
  readonly request: unknown;
  readonly caller: CallerPolicies;
  readonly expect: {
    readonly decision: Decision;
    readonly decidedBy: AccessSide | 'all';
    readonly trust: Decision;
    readonly complete: boolean;
    readonly sides?: Partial<Record<AccessSide, SideStatus>>;
  };
}

const NOW = Date.parse('2026-06-15T12:00:00Z');
const CASES = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'access', 'cases.json'), 'utf8'),
) as AccessCase[];

describe('caller-side table', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const a = evaluateAccess({ policy: c.policy, role: c.role, caller: c.caller }, c.request, { now: NOW });
      expect(a.trust.decision).toBe(c.expect.trust);
      expect(a.decision).toBe(c.expect.decision);
      expect(a.decidedBy).toBe(c.expect.decidedBy);
      expect(a.complete).toBe(c.expect.complete);
      for (const [side, status] of Object.entries(c.expect.sides ?? {}))
        expect(a.sides.find((s) => s.side === side)?.status, side).toBe(status);
      if (!c.expect.complete) expect(a.findings.length).toBeGreaterThan(0);
      const text = renderExplanation(explainAccess(a));
      expect(text.split('\n')[0]).toContain("With the caller's policies:");
    });
  }
});

import { describe, expect, it } from 'vitest';
import { compileTrustFile, evaluate, parseTrustFile, runScenarios } from '../src/index.js';
import { FIXTURE_ROOT, readTrustFiles } from './fixture-files.js';
import { referenceEvaluate } from './reference/reference-evaluator.js';

/** Fixtures set aws:CurrentTime wherever time matters; this clock is for everything else. */
const NOW = Date.parse('2026-06-15T12:00:00Z');
/** TW_ONLY=<substring> focuses the scenarios whose file or name contains it. */
const only = process.env.TW_ONLY;

const files = readTrustFiles(FIXTURE_ROOT);

describe('fixture corpus', () => {
  it('has the fixtures', () => {
    const scenarios = files.reduce((n, f) => n + (parseTrustFile(f.text).file?.scenarios.length ?? 0), 0);
    expect(scenarios).toBeGreaterThanOrEqual(200);
  });
});

for (const file of files) {
  describe(file.name, () => {
    const { file: trust, findings } = parseTrustFile(file.text);
    const raw = JSON.parse(file.text) as { sources?: unknown; policy?: unknown; role?: string };

    it('is a valid trust file backed by AWS documentation', () => {
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(trust?.kind).toBe('trust-file');
      expect(Array.isArray(raw.sources) && raw.sources.length > 0).toBe(true);
      for (const source of raw.sources as unknown[])
        expect(String(source)).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
    });
    if (trust === undefined) return;

    const compiled = compileTrustFile(trust);
    const results = runScenarios(trust, { now: NOW }, compiled);
    for (const result of results) {
      const { scenario } = result;
      if (only !== undefined && !file.name.includes(only) && !scenario.name.includes(only)) continue;
      it(scenario.name, () => {
        expect(scenario.expect, 'every fixture scenario states its expectation').toBeDefined();
        expect(result.decision).toBe(scenario.expect);
        // The independent oracle must agree with the documented expectation too.
        expect(
          referenceEvaluate(
            { policy: raw.policy, ...(raw.role === undefined ? {} : { role: raw.role }) },
            scenario.request,
            NOW,
          ),
        ).toBe(scenario.expect);
        // compile(p).evaluate(r) and evaluate(p, r) agree by construction; keep it pinned.
        expect(
          evaluate({ policy: raw.policy, role: raw.role }, scenario.request, { now: NOW }).decision,
        ).toBe(result.decision);
      });
    }
  });
}

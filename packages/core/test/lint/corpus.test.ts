import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/diagnostics/finding.js';
import { formatPath } from '../../src/json/json-path.js';
import { lint, lintSource } from '../../src/lint/lint.js';
import { parseTrustFile } from '../../src/trust-file/trust-file.js';
import { FIXTURE_ROOT, readTrustFiles } from '../fixture-files.js';

/**
 * False positives are as bad as misses. Every policy of the evaluation corpus and of examples/ is
 * linted: the ones meant to be valid must get no error, and every warning and note the fixtures
 * get is pinned in corpus-findings.json, which was reviewed finding by finding (regenerate with
 * UPDATE_GOLDEN=1 and review the diff). examples/ is only held to "no errors", since it is
 * edited independently of the rules.
 */

const NOW = Date.UTC(2026, 10, 15, 12);
const EXAMPLES = join(import.meta.dirname, '..', '..', '..', '..', 'examples');
const GOLDEN = join(import.meta.dirname, 'corpus-findings.json');

/** Fixtures that show how the evaluator treats policies AWS would reject, with the errors they carry. */
const MEANT_INVALID: Readonly<Record<string, readonly string[]>> = {
  'effects/effect-value-exact.trust.json': ['invalid-effect'],
  'operators-binary/binary-equals.trust.json': ['condition-value-type'],
  'operators-date/date-formats-and-epoch.trust.json': ['condition-value-type'],
  'operators-numeric/numeric.trust.json': ['condition-value-type'],
  'principals/bare-wildcard-principal.trust.json': ['principal-wildcard-string'],
  'principals/not-principal.trust.json': ['not-principal-in-trust-policy'],
};

function lintFile(text: string): Finding[] {
  const { file } = parseTrustFile(text);
  if (file === undefined) throw new Error('unreadable trust file');
  return lintSource(file.policy, file.role, { now: NOW });
}

const line = (f: Finding): string => `${f.severity} ${f.code} ${formatPath(f.path)}`;

const fixtures = readTrustFiles(FIXTURE_ROOT);

describe('lint over the evaluation corpus', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s has only the errors it is meant to have',
    (name, f) => {
      const findings = lintFile(f.text);
      expect(findings.filter((x) => x.code === 'internal-rule-error')).toEqual([]);
      const errors = [...new Set(findings.filter((x) => x.severity === 'error').map((x) => x.code))].sort();
      expect(errors).toEqual([...(MEANT_INVALID[name] ?? [])].sort());
    },
  );

  it('gets exactly the reviewed warnings and notes', () => {
    const actual: Record<string, string[]> = {};
    for (const f of fixtures) {
      const lines = lintFile(f.text)
        .filter((x) => x.severity !== 'error')
        .map(line);
      if (lines.length > 0) actual[f.name] = lines;
    }
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});

describe.runIf(existsSync(EXAMPLES))('lint over examples/', () => {
  const examples = existsSync(EXAMPLES) ? readTrustFiles(EXAMPLES) : [];
  it.each(examples.map((f) => [f.name, f] as const))('%s gets no error', (_name, f) => {
    const findings = lintFile(f.text);
    expect(findings.filter((x) => x.severity === 'error' || x.code === 'internal-rule-error')).toEqual([]);
  });
});

interface RealisticPolicy {
  readonly name: string;
  readonly role: string;
  readonly policy: unknown;
  /** The only warnings and notes the policy may get (each one reviewed as true). */
  readonly expect: readonly string[];
}

/** Common, correct trust policies (from AWS documentation patterns) that must stay quiet. */
describe('lint over realistic valid policies', () => {
  const policies = JSON.parse(
    readFileSync(join(import.meta.dirname, 'realistic-policies.json'), 'utf8'),
  ) as RealisticPolicy[];
  it.each(policies.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    const findings = lint({ policy: JSON.stringify(p.policy, null, 2), role: p.role }, { now: NOW });
    expect([...new Set(findings.map((f) => f.code))].sort()).toEqual([...p.expect].sort());
  });
});

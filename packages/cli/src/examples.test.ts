import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintSource, parseTrustFile, type TrustFile } from '@trustwright/core';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, stdoutJson } from '../test/run-cli.js';

const names = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.trust.json'))
  .sort();

function read(name: string): TrustFile {
  const { file, findings } = parseTrustFile(readFileSync(join(EXAMPLES, name), 'utf8'));
  // parseTrustFile is the contract schema's checker: any finding means the file breaks it.
  expect(findings).toEqual([]);
  if (file === undefined) throw new Error(`${name} is not a trust file`);
  return file;
}

describe('examples/', () => {
  it('holds the five seed trust files', () => {
    expect(names).toEqual([
      'ec2-service-role.trust.json',
      'github-actions.trust.json',
      'org-wide-role.trust.json',
      'saml-federation.trust.json',
      'third-party-auditor.trust.json',
    ]);
  });

  describe.each(names)('%s', (name) => {
    it('is a valid trust file with a role and a clean policy', () => {
      const file = read(name);
      expect(file.kind).toBe('trust-file');
      expect(file.role).toMatch(/^arn:aws:iam::\d{12}:role\//);
      // Linted as of the engagement the examples describe, so date windows are open.
      expect(lintSource(file.policy, file.role, { now: Date.parse('2026-12-05T10:00:00Z') })).toEqual([]);
    });

    it('gives every scenario an expectation and a fixed time, so CI results never drift', () => {
      const file = read(name);
      expect(file.scenarios.length).toBeGreaterThanOrEqual(3);
      for (const scenario of file.scenarios) {
        expect(scenario.expect, scenario.name).toBeDefined();
        expect(JSON.stringify(scenario.request), scenario.name).toContain('"aws:CurrentTime"');
      }
    });
  });

  it('keeps the third-party auditor to one allowed call and four near misses', () => {
    const verdicts = read('third-party-auditor.trust.json').scenarios.map((s) => s.expect);
    expect(verdicts).toEqual(['allow', 'implicit-deny', 'implicit-deny', 'implicit-deny', 'implicit-deny']);
  });

  it('passes `trustwright test` on every file', () => {
    const run = runCli(['test', ...names, '--json'], { root: EXAMPLES });
    const total = names.reduce((n, name) => n + read(name).scenarios.length, 0);
    expect(run.stderr).toBe('');
    expect(stdoutJson(run)).toMatchObject({ passed: total, failed: 0 });
    expect(run.code).toBe(0);
  });
});

import { RULES } from '@trustwright/core';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../test/golden.js';
import { runCli } from '../../test/run-cli.js';
import { type SarifLog, toUri } from './sarif.js';

function lintSarif(...files: string[]): SarifLog {
  const run = runCli(['lint', ...files, '--format', 'sarif']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as SarifLog;
}

describe('lint --format sarif', () => {
  const log = lintSarif('lint/mixed.trust.json', 'lint/error-policy.json');
  const [run] = log.runs;

  it('lists every core rule with its summary and level', () => {
    const expected = RULES.map((r) => ({
      id: r.id,
      shortDescription: { text: r.summary },
      defaultConfiguration: { level: r.severity === 'info' ? 'note' : r.severity },
    }));
    expect(run.tool.driver.name).toBe('trustwright');
    expect(run.tool.driver.rules.slice(0, RULES.length)).toEqual(expected);
  });

  it('gives findings from outside the rule catalogue a rule of their own', () => {
    expect(run.tool.driver.rules.slice(RULES.length)).toEqual([
      {
        id: 'request-caller-action-mismatch',
        shortDescription: { text: 'request-caller-action-mismatch' },
        defaultConfiguration: { level: 'warning' },
      },
    ]);
  });

  it('points every result at the rule with its id', () => {
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('writes results with levels, messages and regions (golden)', () => {
    // The catalogue and its indexes change whenever core adds a rule; they are checked above.
    const stable = {
      ...log,
      runs: [
        {
          ...run,
          tool: { driver: { ...run.tool.driver, rules: 'RULES' } },
          results: run.results.map(({ ruleIndex: _, ...result }) => result),
        },
      ],
    };
    expectGolden('lint.sarif', `${JSON.stringify(stable, null, 2)}\n`);
  });

  it('is a valid empty run for a clean policy', () => {
    const clean = lintSarif('lint/clean-policy.json');
    expect(clean.version).toBe('2.1.0');
    expect(clean.runs[0].results).toEqual([]);
  });

  it('exits 1 when any finding is an error, as the other formats do', () => {
    expect(runCli(['lint', 'lint/error-policy.json', '--format', 'sarif']).code).toBe(1);
    expect(runCli(['lint', 'lint/warning-only.trust.json', '--format', 'sarif']).code).toBe(0);
  });
});

describe('toUri', () => {
  it.each([
    ['policies/deploy.trust.json', 'policies/deploy.trust.json'],
    ['./my policies/a#1.json', './my%20policies/a%231.json'],
    ['/home/ci/repo/x.json', 'file:///home/ci/repo/x.json'],
    ['C:\\repo\\x.json', 'file:///C:/repo/x.json'],
  ])('%s becomes %s', (path, uri) => {
    expect(toUri(path)).toBe(uri);
  });
});

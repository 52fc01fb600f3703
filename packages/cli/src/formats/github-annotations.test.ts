import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../test/golden.js';
import { runCli } from '../../test/run-cli.js';
import type { LocatedFinding } from '../read-input.js';
import { escapeData, escapeProperty, toGithubAnnotations } from './github-annotations.js';

const finding: LocatedFinding = {
  file: 'policies/deploy.trust.json',
  code: 'invalid-effect',
  severity: 'error',
  message: 'Effect must be exactly "Allow" or "Deny".',
  path: 'Statement[0].Effect',
  line: 7,
  column: 19,
  endLine: 7,
  endColumn: 26,
};

describe('lint --format github', () => {
  it('writes one workflow command per finding (golden)', () => {
    const run = runCli(['lint', 'lint/mixed.trust.json', 'lint/error-policy.json', '--format', 'github']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expectGolden('lint.github.txt', run.stdout);
  });

  it('prints nothing for a clean policy', () => {
    const run = runCli(['lint', 'lint/clean-policy.json', '--format', 'github']);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('maps severities to error, warning and notice, and the end column to an inclusive one', () => {
    const out = toGithubAnnotations([
      finding,
      { ...finding, severity: 'warning' },
      { ...finding, severity: 'info', endColumn: 19 },
    ]);
    expect(out).toBe(
      [
        '::error file=policies/deploy.trust.json,line=7,col=19,endLine=7,endColumn=25,title=invalid-effect::Effect must be exactly "Allow" or "Deny".',
        '::warning file=policies/deploy.trust.json,line=7,col=19,endLine=7,endColumn=25,title=invalid-effect::Effect must be exactly "Allow" or "Deny".',
        '::notice file=policies/deploy.trust.json,line=7,col=19,endLine=7,endColumn=19,title=invalid-effect::Effect must be exactly "Allow" or "Deny".',
        '',
      ].join('\n'),
    );
  });

  it('escapes file names and messages so the runner reads them back intact', () => {
    const out = toGithubAnnotations([
      { ...finding, file: 'a,b:c%.json', message: '100% sure:\r\nline two, done' },
    ]);
    expect(out).toBe(
      '::error file=a%2Cb%3Ac%25.json,line=7,col=19,endLine=7,endColumn=25,title=invalid-effect::100%25 sure:%0D%0Aline two, done\n',
    );
  });

  it.each([
    ['plain', 'plain', 'plain'],
    ['%', '%25', '%25'],
    ['\r', '%0D', '%0D'],
    ['\n', '%0A', '%0A'],
    [':', ':', '%3A'],
    [',', ',', '%2C'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as data %j and as a property %j', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });
});

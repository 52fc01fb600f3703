import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/json/json-path.js';
import { lint, lintReport } from '../../src/lint/lint.js';
import { parseSuppressions } from '../../src/lint/suppressions.js';

const NOW = Date.UTC(2026, 10, 15, 12);
const policy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Vendor', Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' },
    { Sid: 'Broken', Effect: 'allow', Principal: { AWS: '210987654321' }, Action: 'sts:AssumeRole' },
  ],
};
const input = { policy: JSON.stringify(policy), role: 'arn:aws:iam::444455556666:role/Ops' };
const codes = (findings: readonly { code: string; path: readonly (string | number)[] }[]): string[] =>
  findings.map((f) => `${f.code} ${formatPath(f.path)}`);

describe('suppressions', () => {
  it('moves a matching warning or note out of the findings, with its reason', () => {
    const reason = 'Our own audit account; no third party.';
    const report = lintReport(input, {
      now: NOW,
      suppressions: [{ code: 'foreign-account-trust-without-condition', path: 'Statement[0]', reason }],
    });
    expect(codes(report.suppressed)).toEqual([
      'foreign-account-trust-without-condition Statement[0].Principal.AWS',
    ]);
    expect(report.suppressed[0]?.suppressed).toEqual({ reason });
    expect(codes(report.findings)).not.toContain(
      'foreign-account-trust-without-condition Statement[0].Principal.AWS',
    );
    expect(
      codes(
        lint(input, {
          now: NOW,
          suppressions: [{ code: 'foreign-account-trust-without-condition', reason }],
        }),
      ),
    ).toEqual(['invalid-effect Statement[1].Effect']);
  });

  it('never suppresses an error, and says so', () => {
    const report = lintReport(input, {
      now: NOW,
      suppressions: [{ code: 'invalid-effect', reason: 'We like it lower-case.' }],
    });
    expect(report.suppressed).toEqual([]);
    expect(codes(report.findings)).toContain('invalid-effect Statement[1].Effect');
    const problem = report.findings.find((f) => f.code === 'invalid-suppression');
    expect(problem?.message).toMatch(/errors cannot be suppressed/);
    expect(problem?.path).toEqual(['suppressions', 0]);
  });

  it('reports suppressions without a reason, with an unreadable path, or matching nothing', () => {
    const report = lintReport(input, {
      now: NOW,
      suppressions: [
        { code: 'cross-account-without-external-id', reason: ' ' },
        { code: 'cross-account-without-external-id', path: 'Statement[', reason: 'x' },
        { code: 'oidc-sub-wildcard', reason: 'Old finding.' },
      ],
    });
    expect(
      report.findings
        .filter((f) => f.code === 'invalid-suppression')
        .map((f) => [f.severity, formatPath(f.path)]),
    ).toEqual([
      ['warning', 'suppressions[0]'],
      ['warning', 'suppressions[1]'],
      ['info', 'suppressions[2]'],
    ]);
    expect(report.suppressed).toEqual([]);
  });

  it('reads suppressions from a trust file, keeping where each one is written', () => {
    const { suppressions, findings } = parseSuppressions([
      { code: 'account-trust-without-condition', path: 'Statement[0]', reason: 'Break-glass role.' },
      { code: 'x' },
      'not an object',
      { code: 'y', reason: 'r', extra: true },
    ]);
    expect(suppressions).toEqual([
      {
        code: 'account-trust-without-condition',
        path: 'Statement[0]',
        reason: 'Break-glass role.',
        at: ['suppressions', 0],
      },
    ]);
    expect(findings.map((f) => formatPath(f.path))).toEqual([
      'suppressions[1]',
      'suppressions[2]',
      'suppressions[3]',
    ]);
    expect(parseSuppressions(undefined)).toEqual({ suppressions: [], findings: [] });
    expect(parseSuppressions({}).findings.map((f) => formatPath(f.path))).toEqual(['suppressions']);
  });
});

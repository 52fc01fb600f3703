import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTrustFile } from './trust-file.js';
import { formatTrustFile, policyTextOf } from './trust-file-text.js';

const policyText = `{
  "Version": "2012-10-17",
  "Statement": [
    {   "Effect": "Allow",
        "Principal": {"Service": "ec2.amazonaws.com"},
        "Action": "sts:AssumeRole"
    }
  ]
}`;

const scenario = {
  name: 'EC2',
  request: { action: 'sts:AssumeRole', principal: { Service: 'ec2.amazonaws.com' } },
  expect: 'allow',
};

function reopen(text: string): string {
  const { file, findings } = parseTrustFile(text);
  expect(findings).toEqual([]);
  if (file === undefined) throw new Error('no file');
  return policyTextOf(file);
}

describe('formatTrustFile / policyTextOf', () => {
  it('keeps the policy text exactly, odd indentation included', () => {
    const result = formatTrustFile({
      policyText,
      role: 'arn:aws:iam::111122223333:role/R',
      scenarios: [scenario],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(reopen(result.text)).toBe(policyText);
    const { file } = parseTrustFile(result.text);
    expect(file?.role).toBe('arn:aws:iam::111122223333:role/R');
    expect(file?.scenarios.map((s) => s.name)).toEqual(['EC2']);
  });

  it('keeps duplicate keys visible rather than merging them', () => {
    const dup = '{"Version":"2012-10-17","Version":"2008-10-17","Statement":[]}';
    const result = formatTrustFile({ policyText: dup, scenarios: [] });
    expect(result.ok && reopen(result.text)).toBe(dup);
  });

  it('omits an empty role and empty scenarios', () => {
    const result = formatTrustFile({ policyText: '{}', role: '', scenarios: [] });
    expect(result).toEqual({ ok: true, text: '{\n  "policy": {}\n}\n' });
  });

  it('refuses text that is not JSON, saying where', () => {
    const result = formatTrustFile({ policyText: '{"Version": }', scenarios: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/not valid JSON/);
      expect(result.error.span?.start).toBe(12);
    }
  });

  it('refuses a policy that is not an object, since the file could not be opened again', () => {
    const result = formatTrustFile({ policyText: '  [{"Effect": "Allow"}]', scenarios: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('policy-not-object');
      expect(result.error.message).toMatch(/^The policy is an array, not a JSON object/);
      expect(result.error.span).toEqual({ start: 0, end: 21 });
    }
  });

  it('reads JSON that is not an object as a bare policy that carries its error', () => {
    const { file, findings } = parseTrustFile('\n  ["not", "a", "policy"]\n');
    expect(findings).toEqual([]);
    expect(file?.kind).toBe('policy');
    expect(file?.scenarios).toEqual([]);
    expect(file?.policy.findings.map((f) => [f.code, f.severity, f.span])).toEqual([
      ['policy-not-object', 'error', { start: 3, end: 25 }],
    ]);
  });

  it('reads a trust file indented by another tool', () => {
    const text = '{\n    "policy": {\n        "Statement": []\n    }\n}';
    expect(reopen(text)).toBe('{\n    "Statement": []\n}');
  });

  it('reads a bare policy as its whole text', () => {
    expect(reopen(`  ${policyText}\n`)).toBe(policyText);
  });

  it('round-trips any JSON value pretty-printed in any indentation (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom('\n', '\r\n'),
        (value, indent, eol) => {
          const text = JSON.stringify(value, null, indent).replaceAll('\n', eol);
          const result = formatTrustFile({ policyText: text, scenarios: [] });
          expect(result.ok).toBe(true);
          if (result.ok) expect(reopen(result.text)).toBe(text);
        },
      ),
    );
  });
});

describe('suppressions in a trust file', () => {
  const policyText = '{"Version":"2012-10-17","Statement":[]}';

  it('are written after the scenarios and read back', () => {
    const suppressions = [
      {
        code: 'account-trust-without-condition',
        path: 'Statement[0]',
        reason: 'Vendor account, contract 42',
      },
    ];
    const result = formatTrustFile({ policyText, scenarios: [], suppressions });
    if (!result.ok) throw new Error(result.error.message);
    const { file, findings } = parseTrustFile(result.text);
    expect(findings).toEqual([]);
    expect(file?.suppressions.map(({ code, path, reason }) => ({ code, path, reason }))).toEqual(
      suppressions,
    );
  });

  it.each([
    ['not an array', '{"policy": {}, "suppressions": {}}'],
    ['no reason', '{"policy": {}, "suppressions": [{"code": "x"}]}'],
    [
      'a path that is not a string',
      '{"policy": {}, "suppressions": [{"code": "x", "reason": "r", "path": 3}]}',
    ],
  ])('a malformed entry (%s) is a warning and is skipped', (_, text) => {
    const { file, findings } = parseTrustFile(text);
    expect(file?.suppressions).toEqual([]);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['invalid-suppression', 'warning']]);
  });
});

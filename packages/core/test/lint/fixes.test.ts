import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/diagnostics/finding.js';
import { applyEdits } from '../../src/lint/edits.js';
import { lint, lintSource } from '../../src/lint/lint.js';
import { parseTrustFile } from '../../src/trust-file/trust-file.js';

/**
 * Quick fixes edit the text in place: layout, key order and everything else stay as written.
 * The catalogue's cases check every fix on compact text; these check layouts and the trust-file
 * case, where the policy's spans are offsets into the whole document.
 */

const NOW = Date.UTC(2026, 10, 15, 12);

function only(findings: readonly Finding[], code: string): Finding {
  const found = findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  const [finding] = found;
  if (finding === undefined) throw new Error(code);
  return finding;
}

function fix(text: string, code: string): string {
  const suggestion = only(lint({ policy: text }, { now: NOW }), code).suggestions?.[0];
  if (suggestion === undefined) throw new Error(`no suggestion for ${code}`);
  return applyEdits(text, suggestion.edits);
}

const PRETTY = `{
  "Statement": [
    {
      "Sid": "Ops",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "sts:AssumeRole",
      "Condition": {
        "BoolIfExists": { "aws:MultiFactorAuthPresent": "true" }
      }
    },
    {
      "Sid": "Ops",
      "Effect": "Deny",
      "Principal": { "AWS": "*" },
      "Action": "sts:AssumeRole",
      "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "false" } }
    }
  ]
}
`;

describe('quick fixes keep the layout', () => {
  it('adds Version with the indentation of the first element', () => {
    expect(fix(PRETTY, 'missing-version')).toBe(
      PRETTY.replace('{\n  "Statement"', '{\n  "Version": "2012-10-17",\n  "Statement"'),
    );
  });

  it('renames only the operator key', () => {
    expect(fix(PRETTY, 'mfa-bool-if-exists-in-allow')).toBe(PRETTY.replace('"BoolIfExists"', '"Bool"'));
    expect(fix(PRETTY, 'mfa-bool-in-deny')).toBe(
      PRETTY.replace(
        '"Bool": { "aws:MultiFactorAuthPresent": "false"',
        '"BoolIfExists": { "aws:MultiFactorAuthPresent": "false"',
      ),
    );
  });

  it('renames a duplicate Sid in place', () => {
    const fixed = fix(PRETTY, 'duplicate-sid');
    expect(fixed).toBe(
      `${PRETTY.slice(0, PRETTY.lastIndexOf('"Ops"'))}"Ops2"${PRETTY.slice(PRETTY.lastIndexOf('"Ops"') + 5)}`,
    );
  });

  it('removes the last member with the comma before it', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Effect": "Allow",\n    "Principal": { "Service": "ec2.amazonaws.com" },\n    "Action": "sts:AssumeRole",\n    "Resource": "*"\n  }\n}';
    expect(fix(text, 'resource-in-trust-policy')).toBe(text.replace(',\n    "Resource": "*"', ''));
  });

  it('empties an object whose only member is removed', () => {
    const text =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{ }}}}';
    expect(fix(text, 'empty-condition')).toBe(text.replace('"StringEquals":{ }', ''));
  });
});

describe('quick fixes inside a trust file', () => {
  const document = `{
  "role": "arn:aws:iam::444455556666:role/Ops",
  "policy": {
    "Version": "2008-10-17",
    "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole",
      "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }]
  },
  "scenarios": []
}
`;

  it('edits the document at the policy’s place', () => {
    const { file } = parseTrustFile(document);
    if (file === undefined) throw new Error('unreadable');
    const findings = lintSource(file.policy, file.role, { now: NOW });
    const edits = [
      ...(only(findings, 'old-version').suggestions?.[0]?.edits ?? []),
      ...(only(findings, 'principal-wildcard-string').suggestions?.[0]?.edits ?? []),
    ];
    const fixed = applyEdits(document, edits);
    expect(fixed).toBe(
      document
        .replace('"2008-10-17"', '"2012-10-17"')
        .replace('"Principal": "*"', '"Principal": {"AWS":"*"}'),
    );
    const again = parseTrustFile(fixed).file;
    if (again === undefined) throw new Error('unreadable');
    expect(lintSource(again.policy, again.role, { now: NOW })).toEqual([]);
  });

  it('inserts Version into a policy nested in a trust file', () => {
    const nested =
      '{\n  "policy": {\n    "Statement": { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }\n  }\n}\n';
    const { file } = parseTrustFile(nested);
    if (file === undefined) throw new Error('unreadable');
    const suggestion = only(lintSource(file.policy, file.role, { now: NOW }), 'missing-version')
      .suggestions?.[0];
    expect(applyEdits(nested, suggestion?.edits ?? [])).toBe(
      nested.replace('{\n    "Statement"', '{\n    "Version": "2012-10-17",\n    "Statement"'),
    );
  });
});

describe('quick fixes need positions', () => {
  it('offers none for a policy given as a value', () => {
    const findings = lint(
      { policy: { Statement: { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' } } },
      { now: NOW },
    );
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.suggestions === undefined || f.suggestions.length === 0)).toBe(true);
  });
});

describe('applyEdits', () => {
  it('applies from the end and skips an overlapping edit', () => {
    expect(
      applyEdits('abcdef', [
        { start: 0, end: 1, newText: 'X' },
        { start: 4, end: 6, newText: 'YZW' },
        { start: 3, end: 5, newText: '!' },
      ]),
    ).toBe('XbcdYZW');
  });
});

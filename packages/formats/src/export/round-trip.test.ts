import { spawnSync } from 'node:child_process';
import { evaluate } from '@trustwright/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/read-files.js';
import { type ExportFormat, exportPolicy } from './export-policy.js';
import type { PolicyObject } from './result.js';

const ROLE = 'arn:aws:iam::111122223333:role/target';
const NOW = Date.parse('2026-12-05T10:00:00Z');

/** Values chosen to break quoting: HCL interpolation, YAML types, shell and JSON escapes. */
const TRICKY = [
  'Audit-4455',
  `\${aws:username}`,
  `$\${literal}`,
  '%{ if x }',
  "it's",
  'say "hi"',
  'back\\slash',
  'line\nbreak',
  'tab\there',
  'yes',
  'no',
  'null',
  'true',
  '0123',
  '2012-10-17',
  '- dash',
  ': colon',
  '#hash',
  'é ü 漢字 🙂',
  '`whoami`',
  '$(id)',
  '*',
  'a*b?',
];
const value = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 12 }));
const accounts = ['111122223333', '444455556666'];
const awsPrincipal = fc.constantFrom(
  '*',
  '444455556666',
  'arn:aws:iam::111122223333:root',
  'arn:aws:iam::444455556666:root',
  'arn:aws:iam::444455556666:role/deploy',
  'arn:aws:iam::444455556666:user/ana',
);
const service = fc.constantFrom('ec2.amazonaws.com', 'lambda.amazonaws.com');
const federated = fc.constantFrom(
  'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
  'arn:aws:iam::111122223333:saml-provider/Okta',
  'cognito-identity.amazonaws.com',
);
const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }));
const principal = fc.oneof(
  fc.constant('*'),
  fc.record({ AWS: oneOrMany(awsPrincipal) }),
  fc.record({ Service: oneOrMany(service) }),
  fc.record({ Federated: oneOrMany(federated) }),
  fc.record({ AWS: oneOrMany(awsPrincipal), Service: oneOrMany(service) }),
);
const actions = fc.constantFrom(
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:*',
);
const keys = fc.constantFrom(
  'sts:ExternalId',
  'aws:PrincipalOrgID',
  'aws:PrincipalTag/team',
  'aws:RequestTag/x',
);
const condition = fc.dictionary(
  fc.constantFrom(
    'StringEquals',
    'StringLike',
    'StringNotEquals',
    'StringEqualsIgnoreCase',
    'ForAnyValue:StringLike',
  ),
  fc.dictionary(keys, oneOrMany(value), { minKeys: 1, maxKeys: 2 }),
  { minKeys: 1, maxKeys: 2 },
);
const statement = fc.record(
  {
    Sid: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
    Effect: fc.constantFrom('Allow', 'Deny'),
    Principal: principal,
    Action: oneOrMany(actions),
    Condition: condition,
  },
  { requiredKeys: ['Effect', 'Principal', 'Action'] },
);
const policyArb: fc.Arbitrary<PolicyObject> = fc.record({
  Version: fc.constantFrom('2012-10-17', '2008-10-17'),
  Statement: fc.array(statement, { minLength: 1, maxLength: 3 }),
});
const callerArb = fc.oneof(
  fc.constantFrom(...accounts).map((a) => ({ AWS: `arn:aws:iam::${a}:role/deploy` })),
  fc.constant({ AWS: 'arn:aws:iam::444455556666:user/ana' }),
  service.map((s) => ({ Service: s })),
  federated.map((f) => ({ Federated: f })),
);
const requestArb = fc.record({
  action: actions.filter((a) => a !== 'sts:*'),
  principal: callerArb,
  context: fc.dictionary(keys, value, { maxKeys: 3 }),
});

function reimport(text: string, name: string): unknown {
  const result = importFile({ name, text });
  expect(
    result.problems.filter((p) => p.severity === 'error'),
    text,
  ).toEqual([]);
  expect(result.roles, text).toHaveLength(1);
  const role = result.roles[0];
  expect(role?.unresolved, text).toEqual([]);
  return role?.policy;
}

function sameVerdicts(original: PolicyObject, back: unknown, requests: readonly unknown[]): void {
  for (const request of requests) {
    const a = evaluate({ policy: original, role: ROLE }, request, { now: NOW }).decision;
    const b = evaluate({ policy: back, role: ROLE }, request, { now: NOW }).decision;
    expect(b, JSON.stringify({ original, back, request })).toBe(a);
  }
}

const FILE_NAMES: Partial<Record<ExportFormat, string>> = {
  terraform: 'main.tf',
  'terraform-policy-document': 'main.tf',
  'cloudformation-yaml': 'template.yaml',
  'cloudformation-json': 'template.json',
};

describe('export then import gives back a policy with the same verdicts', () => {
  for (const [format, name] of Object.entries(FILE_NAMES) as [ExportFormat, string][]) {
    it(`${format}`, () => {
      fc.assert(
        fc.property(policyArb, fc.array(requestArb, { minLength: 1, maxLength: 6 }), (policy, requests) => {
          const exported = exportPolicy(policy, format, { roleName: 'ci-deploy' });
          if (!exported.ok) throw new Error(exported.reason);
          const back = reimport(exported.text, name);
          // jsonencode and the templates write the document itself: it comes back unchanged.
          if (format !== 'terraform-policy-document') expect(back).toEqual(policy);
          sameVerdicts(policy, back, requests);
        }),
        { numRuns: 100 },
      );
      // A property run, not a timed assertion: room for a busy shared machine.
    }, 120_000);
  }

  it('aws-cli: the command, run by a real POSIX shell, passes the policy byte for byte', () => {
    fc.assert(
      fc.property(policyArb, (policy) => {
        for (const format of ['aws-cli', 'aws-cli-update'] as const) {
          const exported = exportPolicy(policy, format, { roleName: "it's-a-role" });
          if (!exported.ok) throw new Error(exported.reason);
          // `aws` is a shell function here that prints its arguments, NUL-separated.
          const run = spawnSync('/bin/sh', ['-c', `aws() { printf '%s\\0' "$@"; }\n${exported.text}`], {
            encoding: 'utf8',
          });
          const args = run.stdout.split('\0');
          expect(args[3]).toBe("it's-a-role");
          expect(JSON.parse(args[5] ?? '')).toEqual(policy);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

// Realistic share states for the size table and the hostile corpus (plain JS: run by node).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '../../../examples');

/** A trust file as the app holds it: the policy as editor text, the first scenario selected. */
export function stateOfTrustFile(file) {
  return {
    policyText: JSON.stringify(file.policy, null, 2),
    ...(file.role === undefined ? {} : { role: file.role }),
    scenarios: file.scenarios ?? [],
    ...(file.scenarios?.length ? { selected: 0 } : {}),
  };
}

/** The repository's examples/*.trust.json, by file name. */
export function exampleStates() {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.trust.json'))
    .sort()
    .map((name) => ({
      name,
      state: stateOfTrustFile(JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'))),
    }));
}

const at = (time) => ({ 'aws:CurrentTime': time });

/**
 * States written for this table only, after the dictionary was fixed, in other layouts and with
 * other vocabulary, to check that the dictionary's gain is not tuned to the examples.
 */
export function heldOutStates() {
  const eks = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: {
          Federated:
            'arn:aws:iam::210987654321:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/5E1F0C3A9B7D2E4F',
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'oidc.eks.eu-west-1.amazonaws.com/id/5E1F0C3A9B7D2E4F:sub':
              'system:serviceaccount:billing:invoice-worker',
            'oidc.eks.eu-west-1.amazonaws.com/id/5E1F0C3A9B7D2E4F:aud': 'sts.amazonaws.com',
          },
        },
      },
    ],
  };
  const lambda = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'LambdaFromThisAccountOnly',
        Effect: 'Allow',
        Principal: { Service: 'lambda.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': '210987654321' },
          ArnLike: { 'aws:SourceArn': 'arn:aws:lambda:eu-west-1:210987654321:function:thumbnailer-*' },
        },
      },
    ],
  };
  // Four-space indentation as the AWS console shows it, caught mid-edit (not valid JSON yet).
  const consoleDraft = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {
                "AWS": [
                    "arn:aws:iam::210987654321:role/ci-runner",
                    "arn:aws:iam::210987654321:role/release-
`;
  return [
    {
      name: 'held-out: EKS pod identity (IRSA), 2 scenarios',
      state: {
        policyText: JSON.stringify(eks, null, 2),
        role: 'arn:aws:iam::210987654321:role/invoice-worker',
        scenarios: [
          ['invoice worker service account', 'invoice-worker', 'allow'],
          ['default service account in the same namespace', 'default', 'implicit-deny'],
        ].map(([name, account, expect]) => ({
          name,
          request: {
            action: 'sts:AssumeRoleWithWebIdentity',
            principal: eks.Statement[0].Principal,
            context: {
              'oidc.eks.eu-west-1.amazonaws.com/id/5E1F0C3A9B7D2E4F:sub': `system:serviceaccount:billing:${account}`,
              'oidc.eks.eu-west-1.amazonaws.com/id/5E1F0C3A9B7D2E4F:aud': 'sts.amazonaws.com',
              ...at('2026-03-14T08:30:00Z'),
            },
          },
          expect,
        })),
        selected: 1,
      },
    },
    {
      name: 'held-out: Lambda with confused-deputy guard, 3 scenarios',
      state: {
        policyText: JSON.stringify(lambda, null, 2),
        role: 'arn:aws:iam::210987654321:role/service-role/thumbnailer',
        scenarios: [
          ['thumbnailer function', '210987654321', 'function:thumbnailer-prod', 'allow'],
          ['function in another account', '999988887777', 'function:thumbnailer-prod', 'implicit-deny'],
          ['other function of this account', '210987654321', 'function:report-builder', 'implicit-deny'],
        ].map(([name, account, resource, expect]) => ({
          name,
          request: {
            principal: { Service: 'lambda.amazonaws.com' },
            context: {
              'aws:SourceAccount': account,
              'aws:SourceArn': `arn:aws:lambda:eu-west-1:${account}:${resource}`,
              ...at('2026-03-14T08:30:00Z'),
            },
          },
          expect,
        })),
      },
    },
    {
      name: 'held-out: console layout mid-edit, no scenarios',
      state: { policyText: consoleDraft, scenarios: [] },
    },
  ];
}

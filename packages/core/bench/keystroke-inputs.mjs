// The what-if panel's inputs for bench/keystroke.mjs: a policy at the size quota and 50 scenarios.
import { policySize } from '../dist/index.js';

/** A realistic mix (auditors, an org-wide statement, a service, SAML, GitHub) grown to the quota. */
export function policyAtQuota() {
  const statements = [
    {
      Sid: 'Org',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    },
    { Sid: 'Ec2', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    {
      Sid: 'Saml',
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::444455556666:saml-provider/Okta' },
      Action: 'sts:AssumeRoleWithSAML',
      Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
    },
    {
      Sid: 'GitHub',
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/api:ref:refs/heads/main' },
      },
    },
    {
      Sid: 'DenyOutsideHours',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'sts:AssumeRole',
      Condition: { DateGreaterThan: { 'aws:CurrentTime': '2027-06-30T23:59:59Z' } },
    },
  ];
  const auditor = (i) => ({
    Sid: `Auditor${i}`,
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${String(100000000000 + i)}:root` },
    Action: 'sts:AssumeRole',
    Condition: {
      StringEquals: { 'sts:ExternalId': `ext-${i}-7f3c` },
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' },
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
    },
  });
  const make = (n) => ({
    Version: '2012-10-17',
    Statement: [...statements, ...Array.from({ length: n }, (_, i) => auditor(i))],
  });
  let n = 0;
  while (policySize(JSON.stringify(make(n + 1))) <= 4096) n++;
  return make(n);
}

export function scenarios(count) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 5;
    if (kind === 0)
      list.push({
        principal: { AWS: `arn:aws:iam::${String(100000000000 + (i % 12))}:user/auditor-${i}` },
        context: {
          'sts:ExternalId': `ext-${i % 12}-7f3c`,
          'aws:MultiFactorAuthPresent': i % 2 === 0,
          'aws:SourceIp': '203.0.113.9',
          'aws:CurrentTime': '2026-12-01T10:00:00Z',
        },
      });
    else if (kind === 1)
      list.push({
        principal: { AWS: 'arn:aws:sts::555566667777:assumed-role/Deploy/ci' },
        context: { 'aws:PrincipalOrgID': i % 2 === 0 ? 'o-a1b2c3d4e5' : 'o-other' },
      });
    else if (kind === 2)
      list.push({ principal: { Service: i % 2 === 0 ? 'ec2.amazonaws.com' : 'lambda.amazonaws.com' } });
    else if (kind === 3)
      list.push({
        action: 'sts:AssumeRoleWithSAML',
        principal: { Federated: 'arn:aws:iam::444455556666:saml-provider/Okta' },
        context: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
      });
    else
      list.push({
        action: 'sts:AssumeRoleWithWebIdentity',
        principal: {
          Federated: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com',
        },
        context: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': `repo:example-org/${i % 2 === 0 ? 'api' : 'web'}:ref:refs/heads/main`,
        },
      });
  }
  return list;
}

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written ${key} in plain strings.
// Realistic trust policies for the benchmark, each with a request that exercises it fully.
const user = (account, name) => ({ AWS: `arn:aws:iam::${account}:user/${name}` });

const single = {
  policy: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' },
    ],
  },
  request: { action: 'sts:AssumeRole', principal: user('111122223333', 'alice') },
};

const auditor = {
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AuditorWindow',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::777788889999:root' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'sts:ExternalId': 'c7d1f2e4-9b3a-4e6d-8f21-5a0b7c9e1d33' },
          Bool: { 'aws:MultiFactorAuthPresent': 'true' },
          NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
          IpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '2001:db8:4a00::/40'] },
          DateGreaterThan: { 'aws:CurrentTime': '2026-12-01T00:00:00Z' },
          DateLessThan: { 'aws:CurrentTime': '2026-12-19T23:59:59Z' },
        },
      },
    ],
  },
  request: {
    principal: user('777788889999', 'auditor-lee'),
    context: {
      'sts:ExternalId': 'c7d1f2e4-9b3a-4e6d-8f21-5a0b7c9e1d33',
      'aws:MultiFactorAuthPresent': true,
      'aws:MultiFactorAuthAge': 600,
      'aws:SourceIp': '198.51.100.23',
      'aws:CurrentTime': '2026-12-05T10:00:00Z',
    },
  },
};

const org = {
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AnyPrincipalInOurOrg',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-k3x9q2m7vd' } },
      },
    ],
  },
  request: { principal: user('123456789012', 'dev'), context: { 'aws:PrincipalOrgID': 'o-k3x9q2m7vd' } },
};

const saml = {
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'CorpStaffSignIn',
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::444455556666:saml-provider/CorpIdP' },
        Action: 'sts:AssumeRoleWithSAML',
        Condition: {
          StringEquals: {
            'SAML:aud': 'https://signin.aws.amazon.com/saml',
            'saml:iss': 'https://idp.example.org/saml/metadata',
          },
          'ForAnyValue:StringEquals': { 'saml:edupersonaffiliation': 'staff' },
        },
      },
    ],
  },
  request: {
    action: 'sts:AssumeRoleWithSAML',
    principal: { Federated: 'arn:aws:iam::444455556666:saml-provider/CorpIdP' },
    context: {
      'saml:aud': 'https://signin.aws.amazon.com/saml',
      'saml:iss': 'https://idp.example.org/saml/metadata',
      'saml:edupersonaffiliation': ['staff', 'member'],
    },
  },
};

const github = {
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: {
          Federated: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com',
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: {
            'token.actions.githubusercontent.com:sub': [
              'repo:example-org/payments-api:environment:production',
              'repo:example-org/payments-api:ref:refs/heads/main',
              'repo:example-org/payments-api:ref:refs/tags/v*',
              'repo:example-org/ledger:environment:production',
              'repo:example-org/ledger:ref:refs/heads/release-*',
            ],
          },
        },
      },
    ],
  },
  request: {
    action: 'sts:AssumeRoleWithWebIdentity',
    principal: { Federated: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com' },
    context: {
      'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
      'token.actions.githubusercontent.com:sub': 'repo:example-org/ledger:ref:refs/heads/release-2026',
    },
  },
};

/**
 * Attribute-based access (the ABAC wizard's statement, grown as teams use it): tagged principals
 * from two accounts, session tags that must copy the caller's own tag (a policy variable), and a
 * Deny for untagged callers. The request carries session tags, so sts:TagSession is decided too.
 */
const abac = {
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TrustTaggedPrincipalsDev',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:PrincipalTag/team': ['platform', 'sre'], 'aws:PrincipalTag/env': 'dev' },
        },
      },
      {
        Sid: 'TrustTaggedPrincipalsProd',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::222233334444:root' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:PrincipalTag/team': 'platform', 'aws:PrincipalTag/env': 'prod' },
        },
      },
      {
        Sid: 'SessionTagsFollowTheCaller',
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::222233334444:root'] },
        Action: 'sts:TagSession',
        Condition: {
          StringEquals: { 'aws:RequestTag/team': '${aws:PrincipalTag/team}' },
          'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'project'] },
        },
      },
      {
        Sid: 'DenyUntagged',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Condition: { Null: { 'aws:PrincipalTag/team': 'true' } },
      },
    ],
  },
  request: {
    principal: { AWS: 'arn:aws:sts::111122223333:assumed-role/Platform/ci-build' },
    context: {
      'aws:PrincipalTag/team': 'platform',
      'aws:PrincipalTag/env': 'dev',
      'aws:RequestTag/team': 'platform',
      'aws:TagKeys': ['team'],
    },
  },
};

/** 60 statements: per-team roles with conditions, the matching one last. */
const sixty = {
  policy: {
    Version: '2012-10-17',
    Statement: Array.from({ length: 60 }, (_, i) => ({
      Sid: `Team${i}`,
      Effect: i === 0 ? 'Deny' : 'Allow',
      Principal: { AWS: `arn:aws:iam::${String(100000000000 + i)}:root` },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
      Condition: {
        StringEquals: { 'aws:PrincipalTag/team': `team-${i}` },
        ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${String(100000000000 + i)}:role/deploy-*` },
      },
    })),
  },
  request: {
    principal: { AWS: 'arn:aws:sts::100000000059:assumed-role/deploy-api/ci' },
    context: {
      'aws:PrincipalTag/team': 'team-59',
      'aws:PrincipalArn': 'arn:aws:iam::100000000059:role/deploy-api',
    },
  },
};

/** Grows a GitHub-style policy until it reaches the 4,096-character quota (whitespace excluded). */
function atQuota() {
  const subs = [];
  const make = () => ({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: {
          Federated: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com',
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: { 'token.actions.githubusercontent.com:sub': subs },
        },
      },
    ],
  });
  while (JSON.stringify(make()).length < 4000)
    subs.push(`repo:example-org/service-${subs.length}:ref:refs/heads/main`);
  subs.pop();
  return {
    policy: make(),
    request: {
      action: 'sts:AssumeRoleWithWebIdentity',
      principal: { Federated: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com' },
      context: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': `repo:example-org/service-${subs.length - 1}:ref:refs/heads/main`,
      },
    },
  };
}

export const POLICIES = [
  ['single account', single, true],
  ['third-party auditor (ExternalId, MFA, IP, window)', auditor, true],
  ['org-wide (aws:PrincipalOrgID)', org, true],
  ['SAML federation', saml, true],
  ['GitHub OIDC, 5 subs', github, true],
  ['ABAC, 4 statements (tags, session tags)', abac, true],
  ['60 statements', sixty, false],
  ['at the 4,096-character quota', atQuota(), false],
];

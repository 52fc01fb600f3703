#!/usr/bin/env node
// `node scripts/generate-account-export.mjs [ROLES] [--out FILE] [--seed N]`: a synthetic
// `aws iam get-account-authorization-details` export with ROLES roles (default 10,000), for the
// scan benchmark and for trying the app's Account view. The trust policies are the wizard
// shapes of @trustwright/templates (their examples, built once and used as data), with account
// ids varied, and about 8% risky variants. Deterministic for a given seed. Needs
// `pnpm --filter @trustwright/templates build`.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { WIZARDS } from '@trustwright/templates';

const OWN_ACCOUNT = '111122223333';

/** mulberry32: a small seeded generator, so two runs give the same file. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each wizard's example policy, and how often such roles appear in a real account. */
function shapes() {
  const weights = {
    'service-role': 40,
    'third-party-auditor': 8,
    'org-wide': 6,
    saml: 8,
    'github-actions': 10,
    'eks-irsa': 10,
    'eks-pod-identity': 5,
    cognito: 2,
    google: 1,
    'role-chaining': 6,
    abac: 4,
  };
  return WIZARDS.flatMap((w) => {
    const run = w.run(w.example);
    if (!run.ok) return [];
    return [{ id: w.id, weight: weights[w.id] ?? 1, statements: JSON.stringify(run.output.statements) }];
  });
}

const RISKY = [
  () => [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
  (_acct, partner) => [
    { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${partner}:root` }, Action: 'sts:AssumeRole' },
  ],
  (acct) => [
    {
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::${acct}:oidc-provider/token.actions.githubusercontent.com` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/*' } },
    },
  ],
  () => [{ Effect: 'allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  () => [
    {
      Effect: 'Allow',
      Principal: { Service: 'ecs-tasks.amazonaws.com' },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
    },
  ],
];

export function generateAccountExport({ roles = 10_000, seed = 42 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const all = shapes();
  const total = all.reduce((n, s) => n + s.weight, 0);
  const partners = Array.from({ length: 40 }, (_, i) =>
    String(200000000000 + i * 7919 * 1013).padStart(12, '0'),
  );
  const choose = () => {
    let r = rnd() * total;
    for (const s of all) {
      r -= s.weight;
      if (r < 0) return s;
    }
    return all[0];
  };
  const details = [];
  for (let i = 0; i < roles; i++) {
    const partner = pick(partners);
    let statements;
    let kind;
    if (rnd() < 0.08) {
      kind = 'risky';
      statements = pick(RISKY)(OWN_ACCOUNT, partner);
    } else {
      const shape = choose();
      kind = shape.id;
      // The examples name example accounts: keep the role's own, vary the others.
      statements = JSON.parse(
        shape.statements.replace(/\b\d{12}\b/g, (m) => (m === OWN_ACCOUNT ? m : partner)),
      );
    }
    const name = `${kind}-${i.toString(36)}`;
    const policy = { Version: '2012-10-17', Statement: statements };
    // Half as the IAM API returns them (URL-encoded), half as the AWS CLI prints them (decoded).
    const document = i % 2 === 0 ? encodeURIComponent(JSON.stringify(policy)) : policy;
    details.push({
      Path: kind === 'service-role' ? '/service-role/' : '/',
      RoleName: name,
      RoleId: `AROA${(1e15 + i).toString(36).toUpperCase().padStart(16, 'X').slice(0, 16)}`,
      Arn: `arn:aws:iam::${OWN_ACCOUNT}:role/${kind === 'service-role' ? 'service-role/' : ''}${name}`,
      CreateDate: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString().replace('.000Z', '+00:00'),
      AssumeRolePolicyDocument: document,
      InstanceProfileList: [],
      RolePolicyList:
        i % 3 === 0
          ? [
              {
                PolicyName: 'inline-logs',
                PolicyDocument: encodeURIComponent(
                  JSON.stringify({
                    Version: '2012-10-17',
                    Statement: [
                      {
                        Effect: 'Allow',
                        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                        Resource: `arn:aws:logs:*:${OWN_ACCOUNT}:log-group:/app/${name}:*`,
                      },
                    ],
                  }),
                ),
              },
            ]
          : [],
      AttachedManagedPolicies: [
        { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      ],
      Tags: [
        { Key: 'team', Value: pick(['payments', 'search', 'platform', 'data', 'security']) },
        { Key: 'env', Value: pick(['prod', 'staging', 'dev']) },
      ],
      RoleLastUsed: i % 4 === 0 ? {} : { LastUsedDate: '2026-11-30T12:00:00+00:00', Region: 'us-east-1' },
    });
  }
  const users = Array.from({ length: Math.ceil(roles / 20) }, (_, i) => ({
    Path: '/',
    UserName: `user-${i}`,
    UserId: `AIDA${String(i).padStart(16, '0')}`,
    Arn: `arn:aws:iam::${OWN_ACCOUNT}:user/user-${i}`,
    CreateDate: '2024-01-01T00:00:00+00:00',
    UserPolicyList: [],
    GroupList: ['developers'],
    AttachedManagedPolicies: [],
    Tags: [],
  }));
  const doc = {
    UserDetailList: users,
    GroupDetailList: [
      {
        Path: '/',
        GroupName: 'developers',
        GroupId: 'AGPA0000000000000001',
        Arn: `arn:aws:iam::${OWN_ACCOUNT}:group/developers`,
        CreateDate: '2024-01-01T00:00:00+00:00',
        GroupPolicyList: [],
        AttachedManagedPolicies: [],
      },
    ],
    RoleDetailList: details,
    Policies: [],
  };
  return `${JSON.stringify(doc, null, 4)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (flag) => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : args[i + 1];
  };
  const roles = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
  const text = generateAccountExport({ roles, seed: Number(value('--seed') ?? 42) });
  const out = value('--out');
  if (out === undefined) process.stdout.write(text);
  else {
    writeFileSync(out, text);
    process.stderr.write(
      `${out}: ${roles.toLocaleString('en-US')} roles, ${(text.length / 1e6).toFixed(1)} MB\n`,
    );
  }
}

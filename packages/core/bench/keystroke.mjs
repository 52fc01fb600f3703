// The app's work per keystroke (app/src/analysis/analyze.ts): read the policy text once, lint it,
// compile it, and evaluate every scenario. Goal (issue 3): <= 2 ms for a 4,096-character policy
// with 50 scenarios. Figures only; nothing asserts on time.
// TRUSTWRIGHT_BENCH_BASELINE=<dist> also times another build of core, interleaved round by round.
import { pathToFileURL } from 'node:url';
import * as current from '../dist/index.js';

const { policySize, lintSource, readPolicy } = current;
const builds = [['this build', current]];
if (process.env.TRUSTWRIGHT_BENCH_BASELINE) {
  const url = pathToFileURL(process.env.TRUSTWRIGHT_BENCH_BASELINE).href;
  builds.push(['baseline', await import(url.endsWith('.js') ? url : `${url}/index.js`)]);
}

const NOW = Date.parse('2026-12-05T10:00:00Z');
const ROLE = 'arn:aws:iam::444455556666:role/Workload';

/** A realistic mix (auditors, an org-wide statement, a service, SAML, GitHub) grown to the quota. */
function policyAtQuota() {
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

function scenarios(count) {
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

const policy = JSON.stringify(policyAtQuota(), null, 2);
const requests = scenarios(50);
// Each keystroke changes the text: vary it so that nothing can be cached across runs.
const texts = Array.from({ length: 32 }, (_, i) =>
  policy.replace('"2012-10-17"', `"2012-10-17"${' '.repeat(i)}`),
);

function keystroke(core, text) {
  const source = core.readPolicy(text);
  const findings = core.lintSource(source, ROLE, { now: NOW });
  const compiled = core.compileSource(source, ROLE);
  let allowed = 0;
  for (const r of requests) if (compiled.evaluate(r, { now: NOW }).decision === 'allow') allowed++;
  return findings.length + allowed;
}

/** Median and worst round (ms per call) of each build's `fn`, the builds taking turns each round. */
function median(fns, n, rounds = 9) {
  for (const fn of fns) for (let i = 0; i < n; i++) fn(i);
  const samples = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, f) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < n; i++) fn(i);
      samples[f].push(Number(process.hrtime.bigint() - start) / n / 1e6);
    });
  }
  return samples.map((s) => {
    s.sort((a, b) => a - b);
    return { median: s[Math.floor(rounds / 2)], worst: s[rounds - 1] };
  });
}

let sink = 0;
const parts = {
  'parse (readPolicy)': (core) => (i) => {
    sink += core.readPolicy(texts[i & 31]).text.length;
  },
  lint: (core) => (i) => {
    sink += core.lintSource(core.readPolicy(texts[i & 31]), ROLE, { now: NOW }).length;
  },
  'compile + 50 evaluations': (core) => (i) => {
    const compiled = core.compileSource(core.readPolicy(texts[i & 31]), ROLE);
    for (const r of requests) sink += compiled.evaluate(r, { now: NOW }).statements.length;
  },
  'whole keystroke': (core) => (i) => {
    sink += keystroke(core, texts[i & 31]);
  },
};
console.log(
  `keystroke: policy ${policySize(policy)} chars without whitespace (${policy.length} with), ${requests.length} scenarios, ` +
    `${lintSource(readPolicy(policy), ROLE, { now: NOW }).length} findings, node ${process.version}\n`,
);
const head = builds.map(([label]) => `${label} median`.padStart(20)).join(' ');
console.log(`${'step'.padEnd(28)} ${head} ${'worst round'.padStart(12)}`);
for (const [name, part] of Object.entries(parts)) {
  const figures = median(
    builds.map(([, core]) => part(core)),
    200,
  );
  const cells = figures.map((f) => `${f.median.toFixed(3)} ms`.padStart(20)).join(' ');
  console.log(`${name.padEnd(28)} ${cells} ${`${(figures[0]?.worst ?? 0).toFixed(3)} ms`.padStart(12)}`);
}
if (sink === 0.5) console.log('');

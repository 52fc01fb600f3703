// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written ${key} in plain strings.
import fc from 'fast-check';
import { BASE_OPERATORS, STS_ACTIONS } from '../src/index.js';

/**
 * fast-check generators for trust policies and requests. Values come from small pools (two
 * accounts, a handful of roles, services and providers, the real operator list, typed keys),
 * so random cases keep hitting matching branches instead of only ever missing.
 */

const ACCOUNTS = ['111122223333', '444455556666'];
const SAML = 'arn:aws:iam::111122223333:saml-provider/CorpIdP';
const OIDC = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const SERVICES = ['ec2.amazonaws.com', 'lambda.amazonaws.com'];
const WEB_IDPS = ['accounts.google.com', 'cognito-identity.amazonaws.com'];

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export interface Request {
  action?: string;
  principal: { AWS: string } | { Service: string } | { Federated: string };
  context?: Record<string, string | number | boolean | (string | number | boolean)[]>;
}

const awsCallerArn = fc.oneof(
  fc.constantFrom(...ACCOUNTS).map((a) => `arn:aws:iam::${a}:root`),
  fc
    .tuple(fc.constantFrom(...ACCOUNTS), fc.constantFrom('alice', 'ops/bob'))
    .map(([a, u]) => `arn:aws:iam::${a}:user/${u}`),
  fc
    .tuple(
      fc.constantFrom(...ACCOUNTS),
      fc.constantFrom('deployer', 'auditor'),
      fc.constantFrom('s1', 'build-42'),
    )
    .map(([a, r, s]) => `arn:aws:sts::${a}:assumed-role/${r}/${s}`),
  fc.constantFrom(...ACCOUNTS).map((a) => `arn:aws:sts::${a}:federated-user/fed1`),
  fc.constant('arn:aws-cn:iam::111122223333:user/alice'),
);

export const caller: fc.Arbitrary<Request['principal']> = fc.oneof(
  { weight: 4, arbitrary: awsCallerArn.map((AWS) => ({ AWS })) },
  { weight: 1, arbitrary: fc.constantFrom(...SERVICES).map((Service) => ({ Service })) },
  { weight: 1, arbitrary: fc.constantFrom(SAML, OIDC, ...WEB_IDPS).map((Federated) => ({ Federated })) },
);

const awsPrincipalValue = fc.oneof(
  fc.constant('*'),
  fc.constantFrom(...ACCOUNTS),
  fc.constantFrom(...ACCOUNTS).map((a) => `arn:aws:iam::${a}:root`),
  fc.constantFrom('alice', 'ops/bob').map((u) => `arn:aws:iam::111122223333:user/${u}`),
  fc.constantFrom('deployer', 'ci/deployer', 'auditor').map((r) => `arn:aws:iam::111122223333:role/${r}`),
  fc.constant('arn:aws:sts::111122223333:assumed-role/deployer/s1'),
);

const oneOrMany = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | T[]> =>
  fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }));

const principalBlock: fc.Arbitrary<Json> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('*') },
  { weight: 5, arbitrary: oneOrMany(awsPrincipalValue).map((AWS) => ({ AWS })) },
  { weight: 2, arbitrary: oneOrMany(fc.constantFrom(...SERVICES)).map((Service) => ({ Service })) },
  {
    weight: 2,
    arbitrary: oneOrMany(fc.constantFrom(SAML, OIDC, ...WEB_IDPS)).map((Federated) => ({ Federated })),
  },
  {
    weight: 1,
    arbitrary: fc.record({ AWS: oneOrMany(awsPrincipalValue), Service: fc.constantFrom(...SERVICES) }),
  },
);

const actionPattern = fc.oneof(
  fc.constantFrom(...STS_ACTIONS),
  fc.constantFrom('sts:*', 'sts:AssumeRole*', 'STS:assumerole', 'sts:Tag?ession', 'sts:AssumeRoleWith*'),
);

/** Keys with values of their own type, so comparisons can succeed as well as fail. */
const TYPED_KEYS: Record<string, fc.Arbitrary<string | number | boolean>> = {
  'sts:ExternalId': fc.constantFrom('ext-1', 'ext-2', 'EXT-1'),
  'aws:PrincipalTag/team': fc.constantFrom('platform', 'data', 'Platform'),
  'aws:SourceIp': fc.constantFrom('203.0.113.7', '198.51.100.20', '2001:db8::1', '10.0.0.1'),
  'aws:CurrentTime': fc.constantFrom('2026-01-01T00:00:00Z', '2026-06-15T12:00:00Z', '2026-12-31'),
  'aws:MultiFactorAuthPresent': fc.constantFrom(true, false, 'true', 'false'),
  'aws:MultiFactorAuthAge': fc.constantFrom(60, 3600, '7200'),
  'aws:PrincipalArn': fc.constantFrom(
    'arn:aws:iam::111122223333:role/deployer',
    'arn:aws:iam::111122223333:user/alice',
  ),
  'aws:PrincipalOrgPaths': fc.constantFrom('o-abc/r-1/ou-1/', 'o-abc/r-1/ou-2/'),
  'aws:TagKeys': fc.constantFrom('team', 'env', 'cost'),
  'saml:aud': fc.constantFrom('https://signin.aws.amazon.com/saml', 'https://example.org'),
};
const KEYS = Object.keys(TYPED_KEYS);

/** Policy values for a key: usually its own type, sometimes a pattern, a variable or a wrong type. */
function policyValueFor(key: string): fc.Arbitrary<string | number | boolean> {
  const own = TYPED_KEYS[key] ?? fc.constant('x');
  return fc.oneof(
    { weight: 6, arbitrary: own },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '*',
        'ext-*',
        'arn:aws:iam::111122223333:*',
        '203.0.113.0/24',
        '2001:db8::/32',
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('${aws:username}', "${aws:PrincipalTag/team, 'platform'}", '${*}'),
    },
    { weight: 1, arbitrary: fc.constantFrom('2026-06-01', '1781827200', '100', 'true') },
  );
}

const operatorName = fc
  .tuple(
    fc.constantFrom(...BASE_OPERATORS.map((o) => o.name)),
    fc.constantFrom('', '', '', 'ForAnyValue:', 'ForAllValues:'),
    fc.boolean(),
  )
  .map(
    ([base, qualifier, ifExists]) => `${qualifier}${base}${ifExists && base !== 'Null' ? 'IfExists' : ''}`,
  );

const conditionBlock: fc.Arbitrary<Record<string, Record<string, Json>>> = fc
  .uniqueArray(
    fc.tuple(operatorName, fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 2 })),
    { maxLength: 3, selector: ([op]) => op },
  )
  .chain((blocks) =>
    fc.tuple(
      ...blocks.map(([op, keys]) =>
        fc
          .tuple(...keys.map((k) => oneOrMany(policyValueFor(k)).map((v) => [k, v] as const)))
          .map((pairs) => [op, Object.fromEntries(pairs)] as const),
      ),
    ),
  )
  .map((blocks) => Object.fromEntries(blocks));

export const statement: fc.Arbitrary<Record<string, Json>> = fc
  .record(
    {
      Sid: fc.constantFrom('A', 'B', 'C'),
      Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
      principal: fc.tuple(fc.boolean(), principalBlock),
      action: fc.tuple(fc.boolean(), oneOrMany(actionPattern)),
      Condition: conditionBlock,
    },
    { requiredKeys: ['Effect', 'principal', 'action'] },
  )
  .map(
    ({ principal: [notPrincipal, who], action: [notAction, actions], ...rest }) =>
      // NotPrincipal is rejected in trust policies but still evaluated; keep it rare.
      ({
        ...rest,
        [notPrincipal && rest.Effect === 'Deny' ? 'NotPrincipal' : 'Principal']: who,
        [notAction ? 'NotAction' : 'Action']: actions,
      }) as Record<string, Json>,
  );

export const policy: fc.Arbitrary<{ Version?: string; Statement: Record<string, Json>[] }> = fc.record(
  {
    Version: fc.constantFrom('2012-10-17', '2012-10-17', '2012-10-17', '2008-10-17'),
    Statement: fc.array(statement, { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: ['Statement'] },
);

const contextValue = (key: string) =>
  fc.oneof(
    { weight: 4, arbitrary: TYPED_KEYS[key] ?? fc.constant('x') },
    { weight: 1, arbitrary: fc.array(TYPED_KEYS[key] ?? fc.constant('x'), { maxLength: 3 }) },
  );

export const request: fc.Arbitrary<Request> = fc.record(
  {
    action: fc.constantFrom(...STS_ACTIONS),
    principal: caller,
    context: fc
      .uniqueArray(fc.constantFrom(...KEYS), { maxLength: 6 })
      .chain((keys) =>
        fc
          .tuple(...keys.map((k) => contextValue(k).map((v) => [k, v] as const)))
          .map((pairs) => Object.fromEntries(pairs)),
      ),
  },
  { requiredKeys: ['principal'] },
);

/** A Deny that matches this request whatever else the policy says. */
export function matchingDeny(r: Request): Record<string, Json> {
  const principal = 'AWS' in r.principal ? { AWS: '*' } : r.principal;
  return { Effect: 'Deny', Principal: principal, Action: 'sts:*' };
}

/** Upper/lower-cases letters at random positions (IAM action and key names are case-insensitive). */
export function recase(text: string, seed: number): string {
  return [...text]
    .map((ch, i) => (((seed >> (i % 16)) & 1) === 1 ? ch.toUpperCase() : ch.toLowerCase()))
    .join('');
}

type PolicyValue = { Version?: string; Statement: Record<string, Json>[] };

/** One edit a pull request might make to a policy: a statement added, removed, replaced or flipped. */
const edit: fc.Arbitrary<(p: PolicyValue) => PolicyValue> = fc.oneof(
  statement.map((s) => (p: PolicyValue) => ({ ...p, Statement: [...p.Statement, s] })),
  fc.nat().map((i) => (p: PolicyValue) => ({
    ...p,
    Statement:
      p.Statement.length > 1 ? p.Statement.filter((_, j) => j !== i % p.Statement.length) : p.Statement,
  })),
  fc.tuple(fc.nat(), statement).map(([i, s]) => (p: PolicyValue) => ({
    ...p,
    Statement: p.Statement.map((x, j) => (j === i % p.Statement.length ? s : x)),
  })),
  fc.nat().map((i) => (p: PolicyValue) => ({
    ...p,
    Statement: p.Statement.map((x, j) =>
      j === i % p.Statement.length ? { ...x, Effect: x.Effect === 'Allow' ? 'Deny' : 'Allow' } : x,
    ),
  })),
  fc.tuple(fc.nat(), conditionBlock).map(([i, Condition]) => (p: PolicyValue) => ({
    ...p,
    Statement: p.Statement.map((x, j) => (j === i % p.Statement.length ? { ...x, Condition } : x)),
  })),
  fc.tuple(fc.nat(), principalBlock).map(([i, Principal]) => (p: PolicyValue) => ({
    ...p,
    Statement: p.Statement.map((x, j) => (j === i % p.Statement.length ? { ...x, Principal } : x)),
  })),
);

/** Two versions of a policy, the second one to three edits away from the first (or unrelated). */
export const policyPair: fc.Arbitrary<[PolicyValue, PolicyValue]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(policy, fc.array(edit, { minLength: 1, maxLength: 3 }))
      .map(([p, edits]) => [p, edits.reduce((acc, e) => e(acc), p)] as [PolicyValue, PolicyValue]),
  },
  { weight: 1, arbitrary: fc.tuple(policy, policy) },
);

/** Role ARNs for either version: none, the first account's, or another partition's. */
export const role: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  'arn:aws:iam::111122223333:role/Target',
  'arn:aws:iam::444455556666:role/Target',
);

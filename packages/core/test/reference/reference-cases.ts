// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written ${key} in plain strings.
import type { ReferenceVerdict } from './reference-evaluator.js';

// Small table-driven cases, one group per rule of the semantics
// (/work/shared/reference/trust-policy-semantics.md, sections 1-4). The oracle's own tests and
// the fast evaluator both run this table (test/evaluate-table.test.ts).

export const ACCOUNT = '111122223333';
const OTHER = '444455556666';
export const USER = `arn:aws:iam::${ACCOUNT}:user/ops/priya`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/deployer/build-42`;
const FEDERATED_USER = `arn:aws:sts::${ACCOUNT}:federated-user/priya`;
const CN_USER = `arn:aws-cn:iam::${ACCOUNT}:user/priya`;
const SAML = `arn:aws:iam::${ACCOUNT}:saml-provider/CorpIdP`;
/** 2026-01-05T10:00:00Z */
export const NOW = Date.UTC(2026, 0, 5, 10, 0, 0);

type Context = Record<string, unknown>;

export interface Case {
  name: string;
  policy: unknown;
  request: unknown;
  verdict: ReferenceVerdict;
}

/** An Allow statement for {"AWS":"*"} and sts:AssumeRole; fields set to undefined are removed. */
export function statement(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const merged: Record<string, unknown> = {
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: 'sts:AssumeRole',
    ...fields,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged;
}

export function policy(...statements: unknown[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements };
}

export function awsRequest(arn: string, context?: Context, action?: string): Record<string, unknown> {
  return { principal: { AWS: arn }, ...(context ? { context } : {}), ...(action ? { action } : {}) };
}

/** A condition case: one Allow statement with this Condition, an IAM user caller. */
function conditionCase(
  name: string,
  condition: unknown,
  context: Context,
  verdict: ReferenceVerdict,
  caller: string = USER,
): Case {
  return {
    name,
    policy: policy(statement({ Condition: condition })),
    request: awsRequest(caller, context),
    verdict,
  };
}

const verdictCases: Case[] = [
  {
    name: 'a matching Allow allows',
    policy: policy(statement()),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'a matching Deny beats a matching Allow',
    policy: policy(statement(), statement({ Effect: 'Deny' })),
    request: awsRequest(USER),
    verdict: 'explicit-deny',
  },
  {
    name: 'nothing matching is an implicit deny',
    policy: policy(statement({ Principal: { AWS: OTHER } })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'a non-matching Deny leaves the Allow',
    policy: policy(statement(), statement({ Effect: 'Deny', Principal: { AWS: OTHER } })),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'Statement may be a single object',
    policy: { Version: '2012-10-17', Statement: statement() },
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'Effect is case-sensitive ("allow" never applies)',
    policy: policy(statement({ Effect: 'allow' })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'a statement without Principal or NotPrincipal never applies',
    policy: policy(statement({ Principal: undefined })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
];

const actionCases: Case[] = [
  {
    name: 'action names are case-insensitive',
    policy: policy(statement({ Action: 'STS:assumerole' })),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'sts:AssumeRole* covers AssumeRoleWithSAML',
    policy: policy(statement({ Principal: { Federated: SAML }, Action: 'sts:AssumeRole*' })),
    request: { action: 'sts:AssumeRoleWithSAML', principal: { Federated: SAML } },
    verdict: 'allow',
  },
  {
    name: '? matches exactly one character',
    policy: policy(statement({ Action: ['sts:Assume?ole'] })),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'a request without action means sts:AssumeRole',
    policy: policy(statement({ Action: 'sts:TagSession' })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'NotAction applies to an unlisted action',
    policy: policy(statement({ Action: undefined, NotAction: 'sts:TagSession' })),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'NotAction does not apply to a listed action',
    policy: policy(statement({ Action: undefined, NotAction: 'sts:TagSession' })),
    request: awsRequest(USER, undefined, 'sts:tagsession'),
    verdict: 'implicit-deny',
  },
  {
    name: 'a statement without Action or NotAction never applies',
    policy: policy(statement({ Action: undefined })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
];

const principalCases: Case[] = [
  {
    name: 'Principal "*" matches an AWS caller',
    policy: policy(statement({ Principal: '*' })),
    request: awsRequest(SESSION),
    verdict: 'allow',
  },
  {
    name: 'Principal "*" does not match a service caller',
    policy: policy(statement({ Principal: '*' })),
    request: { principal: { Service: 'ec2.amazonaws.com' } },
    verdict: 'implicit-deny',
  },
  {
    name: '{"AWS":"*"} does not match a federated caller',
    policy: policy(statement({ Action: 'sts:AssumeRole*' })),
    request: { action: 'sts:AssumeRoleWithSAML', principal: { Federated: SAML } },
    verdict: 'implicit-deny',
  },
  {
    name: 'an account id matches a user of that account',
    policy: policy(statement({ Principal: { AWS: ACCOUNT } })),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'an account id does not match another account',
    policy: policy(statement({ Principal: { AWS: OTHER } })),
    request: awsRequest(ROOT),
    verdict: 'implicit-deny',
  },
  {
    name: 'a bare account id is partition aws only',
    policy: policy(statement({ Principal: { AWS: ACCOUNT } })),
    request: awsRequest(CN_USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'a root ARN matches any role session of the account',
    policy: policy(statement({ Principal: { AWS: ROOT } })),
    request: awsRequest(SESSION),
    verdict: 'allow',
  },
  {
    name: 'principals never match across partitions',
    policy: policy(statement({ Principal: { AWS: ROOT } })),
    request: awsRequest(CN_USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'an aws-cn root ARN matches an aws-cn caller',
    policy: policy(statement({ Principal: { AWS: `arn:aws-cn:iam::${ACCOUNT}:root` } })),
    request: awsRequest(CN_USER),
    verdict: 'allow',
  },
  {
    name: 'a user ARN matches that exact user',
    policy: policy(statement({ Principal: { AWS: [`arn:aws:iam::${OTHER}:root`, USER] } })),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'user ARNs are case-sensitive',
    policy: policy(statement({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/ops/Priya` } })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'a user ARN does not match a root caller',
    policy: policy(statement({ Principal: { AWS: USER } })),
    request: awsRequest(ROOT),
    verdict: 'implicit-deny',
  },
  {
    name: 'a role ARN with a path matches a session of that role',
    policy: policy(statement({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ci/deployer` } })),
    request: awsRequest(SESSION),
    verdict: 'allow',
  },
  {
    name: 'a role ARN does not match a session of another role',
    policy: policy(statement({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/deployer2` } })),
    request: awsRequest(SESSION),
    verdict: 'implicit-deny',
  },
  {
    name: 'a role ARN does not match the same role name in another account',
    policy: policy(statement({ Principal: { AWS: `arn:aws:iam::${OTHER}:role/deployer` } })),
    request: awsRequest(SESSION),
    verdict: 'implicit-deny',
  },
  {
    name: 'a session ARN matches only that session',
    policy: policy(
      statement({ Principal: { AWS: `arn:aws:sts::${ACCOUNT}:assumed-role/deployer/build-43` } }),
    ),
    request: awsRequest(SESSION),
    verdict: 'implicit-deny',
  },
  {
    name: 'a session ARN matches the exact session',
    policy: policy(statement({ Principal: { AWS: SESSION } })),
    request: awsRequest(SESSION),
    verdict: 'allow',
  },
  {
    name: 'a federated-user ARN matches exactly',
    policy: policy(statement({ Principal: { AWS: FEDERATED_USER } })),
    request: awsRequest(FEDERATED_USER),
    verdict: 'allow',
  },
  {
    name: 'a user unique id matches when aws:userid equals it',
    policy: policy(statement({ Principal: { AWS: 'AIDAEXAMPLEUSERID0001' } })),
    request: awsRequest(USER, { 'aws:userid': 'AIDAEXAMPLEUSERID0001' }),
    verdict: 'allow',
  },
  {
    name: 'a unique id does not match without aws:userid',
    policy: policy(statement({ Principal: { AWS: 'AIDAEXAMPLEUSERID0001' } })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'a role unique id matches a session whose aws:userid starts with ID:',
    policy: policy(statement({ Principal: { AWS: 'AROAEXAMPLEROLEID0001' } })),
    request: awsRequest(SESSION, { 'AWS:UserId': 'AROAEXAMPLEROLEID0001:build-42' }),
    verdict: 'allow',
  },
  {
    name: 'a role unique id needs the ID: prefix, not equality',
    policy: policy(statement({ Principal: { AWS: 'AROAEXAMPLEROLEID0001' } })),
    request: awsRequest(SESSION, { 'aws:userid': 'AROAEXAMPLEROLEID0001' }),
    verdict: 'implicit-deny',
  },
  {
    name: 'a Service value matches that service exactly',
    policy: policy(statement({ Principal: { Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com'] } })),
    request: { principal: { Service: 'ec2.amazonaws.com' } },
    verdict: 'allow',
  },
  {
    name: 'a Service value is compared case-sensitively',
    policy: policy(statement({ Principal: { Service: 'EC2.amazonaws.com' } })),
    request: { principal: { Service: 'ec2.amazonaws.com' } },
    verdict: 'implicit-deny',
  },
  {
    name: 'a Federated value matches that provider exactly',
    policy: policy(statement({ Principal: { Federated: SAML }, Action: 'sts:AssumeRoleWithSAML' })),
    request: { action: 'sts:AssumeRoleWithSAML', principal: { Federated: SAML } },
    verdict: 'allow',
  },
  {
    name: 'CanonicalUser never matches',
    policy: policy(statement({ Principal: { CanonicalUser: USER } })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'NotPrincipal: a Deny spares the listed principal',
    policy: policy(
      statement(),
      statement({ Effect: 'Deny', Principal: undefined, NotPrincipal: { AWS: USER } }),
    ),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'NotPrincipal: a Deny hits everyone else',
    policy: policy(
      statement(),
      statement({ Effect: 'Deny', Principal: undefined, NotPrincipal: { AWS: USER } }),
    ),
    request: awsRequest(SESSION),
    verdict: 'explicit-deny',
  },
];

const derivedKeyCases: Case[] = [
  conditionCase(
    'a session has aws:PrincipalArn = its role ARN without path',
    { ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/deployer` } },
    {},
    'allow',
    SESSION,
  ),
  conditionCase(
    'a root caller has aws:PrincipalType Account and aws:userid = the account',
    { StringEquals: { 'aws:PrincipalType': 'Account', 'aws:userid': ACCOUNT, 'aws:PrincipalArn': ROOT } },
    {},
    'allow',
    ROOT,
  ),
  conditionCase(
    'a user has aws:username and aws:PrincipalAccount',
    {
      StringEquals: { 'aws:username': 'priya', 'aws:PrincipalAccount': ACCOUNT, 'aws:PrincipalType': 'User' },
    },
    {},
    'allow',
  ),
  conditionCase(
    'a session has no aws:username',
    { StringEquals: { 'aws:username': 'deployer' } },
    {},
    'implicit-deny',
    SESSION,
  ),
  conditionCase('a user has no derivable aws:userid', { Null: { 'aws:userid': 'true' } }, {}, 'allow'),
  conditionCase(
    'a federated user has aws:userid = ACCOUNT:NAME and type FederatedUser',
    { StringEquals: { 'aws:userid': `${ACCOUNT}:priya`, 'aws:PrincipalType': 'FederatedUser' } },
    {},
    'allow',
    FEDERATED_USER,
  ),
  conditionCase(
    'a given value beats the derived one',
    { StringEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ci/deployer` } },
    { 'aws:principalarn': `arn:aws:iam::${ACCOUNT}:role/ci/deployer` },
    'allow',
    SESSION,
  ),
  {
    name: 'service callers get no principal keys',
    policy: policy(
      statement({
        Principal: { Service: 'ec2.amazonaws.com' },
        Condition: { Null: { 'aws:PrincipalArn': 'true' } },
      }),
    ),
    request: { principal: { Service: 'ec2.amazonaws.com' } },
    verdict: 'allow',
  },
  conditionCase(
    'aws:CurrentTime defaults to now',
    {
      DateGreaterThan: { 'aws:CurrentTime': '2026-01-05T09:59:59Z' },
      DateLessThan: { 'aws:CurrentTime': '2026-01-06' },
    },
    {},
    'allow',
  ),
  conditionCase(
    'aws:EpochTime defaults to floor(now / 1000)',
    { NumericEquals: { 'aws:EpochTime': NOW / 1000 } },
    {},
    'allow',
  ),
  conditionCase(
    'aws:EpochTime follows a given aws:CurrentTime',
    { NumericEquals: { 'aws:EpochTime': '0' } },
    { 'aws:CurrentTime': '1970-01-01T00:00:00.900Z' },
    'allow',
  ),
  conditionCase(
    'aws:CurrentTime follows a given aws:EpochTime',
    { DateEquals: { 'aws:CurrentTime': '2001-09-09T01:46:40Z' } },
    { 'aws:EpochTime': 1000000000 },
    'allow',
  ),
  conditionCase(
    'aws:SecureTransport defaults to true',
    { Bool: { 'aws:SecureTransport': 'true' } },
    {},
    'allow',
  ),
  conditionCase(
    'a given aws:SecureTransport wins',
    { Bool: { 'aws:SecureTransport': 'true' } },
    { 'aws:securetransport': false },
    'implicit-deny',
  ),
];

const missingKeyCases: Case[] = [
  conditionCase(
    'missing key: positive operator is false',
    { StringEquals: { 'sts:ExternalId': 'x' } },
    {},
    'implicit-deny',
  ),
  conditionCase(
    'missing key: negated operator is true',
    { StringNotEquals: { 'sts:ExternalId': 'x' } },
    {},
    'allow',
  ),
  conditionCase(
    'missing key: IfExists is true',
    { StringEqualsIfExists: { 'sts:ExternalId': 'x' } },
    {},
    'allow',
  ),
  conditionCase(
    'missing key: IfExists is true even with ForAnyValue',
    { 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'x' } },
    {},
    'allow',
  ),
  conditionCase('missing key: Null "true" is true', { Null: { 'sts:ExternalId': 'true' } }, {}, 'allow'),
  conditionCase(
    'missing key: Null "false" is false',
    { Null: { 'sts:ExternalId': 'false' } },
    {},
    'implicit-deny',
  ),
  conditionCase(
    'missing key: ForAnyValue is false',
    { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'a' } },
    {},
    'implicit-deny',
  ),
  conditionCase(
    'missing key: ForAllValues is true',
    { 'ForAllValues:StringEquals': { 'aws:TagKeys': 'a' } },
    {},
    'allow',
  ),
  conditionCase(
    'an empty request array counts as missing (Null)',
    { Null: { 'aws:TagKeys': 'true' } },
    { 'aws:TagKeys': [] },
    'allow',
  ),
  conditionCase(
    'an empty request array counts as missing (ForAnyValue)',
    { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': 'a' } },
    { 'aws:TagKeys': [] },
    'implicit-deny',
  ),
  conditionCase(
    'Null with ForAllValues is always true',
    { 'ForAllValues:Null': { 'aws:TagKeys': 'false' } },
    {},
    'allow',
  ),
  conditionCase(
    'Null with ForAnyValue is always false',
    { 'ForAnyValue:Null': { 'aws:TagKeys': 'false' } },
    { 'aws:TagKeys': ['a'] },
    'implicit-deny',
  ),
  conditionCase(
    'NullIfExists is not an operator',
    { NullIfExists: { 'sts:ExternalId': 'true' } },
    {},
    'implicit-deny',
  ),
];

const combiningCases: Case[] = [
  conditionCase(
    'keys are ANDed',
    { StringEquals: { 'sts:ExternalId': 'x', 'sts:RoleSessionName': 's' } },
    { 'sts:ExternalId': 'x', 'sts:RoleSessionName': 't' },
    'implicit-deny',
  ),
  conditionCase(
    'operators are ANDed',
    { StringEquals: { 'sts:ExternalId': 'x' }, StringLike: { 'sts:RoleSessionName': 'ci-*' } },
    { 'sts:ExternalId': 'x', 'sts:RoleSessionName': 'ci-7' },
    'allow',
  ),
  conditionCase(
    'values are ORed',
    { StringEquals: { 'sts:ExternalId': ['a', 'x'] } },
    { 'sts:ExternalId': 'x' },
    'allow',
  ),
  conditionCase(
    'a negated operator is NOR over its values',
    { StringNotEquals: { 'sts:ExternalId': ['a', 'x'] } },
    { 'sts:ExternalId': 'x' },
    'implicit-deny',
  ),
  conditionCase(
    'condition key names are case-insensitive',
    { StringEquals: { 'STS:EXTERNALID': 'x' } },
    { 'sts:externalId': 'x' },
    'allow',
  ),
  conditionCase(
    'operator names are case-insensitive',
    { stringequals: { 'sts:ExternalId': 'x' }, 'foranyvalue:STRINGLIKEifexists': { 'aws:TagKeys': 'x' } },
    { 'sts:ExternalId': 'x' },
    'allow',
  ),
  conditionCase(
    'an unknown operator is false',
    { StringEqualz: { 'sts:ExternalId': 'x' } },
    { 'sts:ExternalId': 'x' },
    'implicit-deny',
  ),
  conditionCase(
    'ForAnyValue: one request value is enough',
    { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'env'] } },
    { 'aws:TagKeys': ['cost', 'env'] },
    'allow',
  ),
  conditionCase(
    'ForAllValues: every request value must match',
    { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } },
    { 'aws:TagKeys': ['team', 'cost'] },
    'implicit-deny',
  ),
  conditionCase(
    'ForAllValues:StringNotEquals: no request value is listed',
    { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['admin'] } },
    { 'aws:TagKeys': ['team', 'env'] },
    'allow',
  ),
  conditionCase(
    'ForAnyValue:StringNotEquals: some request value is unlisted',
    { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['team', 'env'] } },
    { 'aws:TagKeys': ['team', 'env'] },
    'implicit-deny',
  ),
  conditionCase(
    'a plain positive operator on several request values is false',
    { StringEquals: { 'aws:TagKeys': 'team' } },
    { 'aws:TagKeys': ['team', 'team'] },
    'implicit-deny',
  ),
  conditionCase(
    'a plain negated operator on several request values is true',
    { StringNotEquals: { 'aws:TagKeys': 'team' } },
    { 'aws:TagKeys': ['team', 'team'] },
    'allow',
  ),
  conditionCase(
    'a one-element request array is that value',
    { StringEquals: { 'aws:TagKeys': 'team' } },
    { 'aws:TagKeys': ['team'] },
    'allow',
  ),
];

const stringCases: Case[] = [
  conditionCase(
    'StringEquals compares * literally',
    { StringEquals: { 'sts:ExternalId': 'a*' } },
    { 'sts:ExternalId': 'abc' },
    'implicit-deny',
  ),
  conditionCase(
    'StringEquals is case-sensitive',
    { StringEquals: { 'sts:ExternalId': 'ABC' } },
    { 'sts:ExternalId': 'abc' },
    'implicit-deny',
  ),
  conditionCase(
    'StringEqualsIgnoreCase ignores case',
    { StringEqualsIgnoreCase: { 'sts:ExternalId': 'ABC' } },
    { 'sts:ExternalId': 'abc' },
    'allow',
  ),
  conditionCase(
    'StringLike: * and ?',
    { StringLike: { 'sts:RoleSessionName': 'ci-?-*' } },
    { 'sts:RoleSessionName': 'ci-7-x:y' },
    'allow',
  ),
  conditionCase(
    'StringNotLike',
    { StringNotLike: { 'sts:RoleSessionName': 'ci-*' } },
    { 'sts:RoleSessionName': 'dev-1' },
    'allow',
  ),
  conditionCase(
    'request numbers become their JSON text',
    { StringEquals: { 'x:n': '42' } },
    { 'x:n': 42 },
    'allow',
  ),
  conditionCase(
    'policy numbers become their decimal text',
    { StringEquals: { 'x:n': 1.5 } },
    { 'x:n': '1.5' },
    'allow',
  ),
  conditionCase(
    'request booleans become true/false',
    { StringEquals: { 'x:b': 'true' } },
    { 'x:b': true },
    'allow',
  ),
];

const numericCases: Case[] = [
  conditionCase(
    'NumericEquals: quoted and unquoted',
    { NumericEquals: { 'x:n': ['7', 8] } },
    { 'x:n': '8.0' },
    'allow',
  ),
  conditionCase('NumericLessThan', { NumericLessThan: { 'x:n': '10' } }, { 'x:n': 9.5 }, 'allow'),
  conditionCase(
    'NumericGreaterThanEquals',
    { NumericGreaterThanEquals: { 'x:n': '10' } },
    { 'x:n': 9 },
    'implicit-deny',
  ),
  conditionCase(
    'a non-number request value is false',
    { NumericLessThan: { 'x:n': '10' } },
    { 'x:n': 'five' },
    'implicit-deny',
  ),
  conditionCase(
    'a non-number policy value is false',
    { NumericEquals: { 'x:n': 'ten' } },
    { 'x:n': 10 },
    'implicit-deny',
  ),
  conditionCase(
    'NumericNotEquals = not NumericEquals',
    { NumericNotEquals: { 'x:n': 'ten' } },
    { 'x:n': 10 },
    'allow',
  ),
];

const dateCases: Case[] = [
  conditionCase(
    'DateEquals across time zones',
    { DateEquals: { 'x:d': '2026-01-05T12:30+02:30' } },
    { 'x:d': '2026-01-05T10:00:00Z' },
    'allow',
  ),
  conditionCase(
    'a missing TZD is UTC, fractions count',
    { DateLessThan: { 'x:d': '2026-01-05T10:00:00.5' } },
    { 'x:d': '2026-01-05T10:00:00.25Z' },
    'allow',
  ),
  conditionCase(
    'YYYY is a year',
    { DateEquals: { 'x:d': '2026' } },
    { 'x:d': '2026-01-01T00:00:00Z' },
    'allow',
  ),
  conditionCase(
    'YYYY-MM',
    { DateGreaterThanEquals: { 'x:d': '2026-02' } },
    { 'x:d': '2026-01-31' },
    'implicit-deny',
  ),
  conditionCase(
    'all-digit epoch seconds',
    { DateEquals: { 'x:d': '86400' } },
    { 'x:d': '1970-01-02' },
    'allow',
  ),
  conditionCase(
    'a JSON number request value is epoch seconds',
    { DateEquals: { 'x:d': '1970-01-02' } },
    { 'x:d': 86400 },
    'allow',
  ),
  conditionCase(
    'four digits in the request are a year too',
    { DateEquals: { 'x:d': '1970-01-01T00:33:20Z' } },
    { 'x:d': '2000' },
    'implicit-deny',
  ),
  conditionCase(
    'an impossible date is unparseable',
    { DateNotEquals: { 'x:d': '2026-02-30' } },
    { 'x:d': '2026-03-02' },
    'allow',
  ),
  conditionCase(
    'an unparseable request date is false',
    { DateLessThan: { 'x:d': '2030-01-01' } },
    { 'x:d': '05/01/2026' },
    'implicit-deny',
  ),
];

const boolBinaryCases: Case[] = [
  conditionCase(
    'Bool is case-insensitive',
    { Bool: { 'aws:MultiFactorAuthPresent': 'TRUE' } },
    { 'aws:MultiFactorAuthPresent': 'True' },
    'allow',
  ),
  conditionCase(
    'Bool with a non-boolean is false',
    { Bool: { 'x:b': 'yes' } },
    { 'x:b': 'yes' },
    'implicit-deny',
  ),
  conditionCase(
    'Bool: a number is not a boolean',
    { Bool: { 'x:b': 'true' } },
    { 'x:b': 1 },
    'implicit-deny',
  ),
  conditionCase(
    'BinaryEquals ignores padding and whitespace',
    { BinaryEquals: { 'x:bin': 'QUJD RA==' } },
    { 'x:bin': 'QUJDRA' },
    'allow',
  ),
];

const ipCases: Case[] = [
  conditionCase(
    'IpAddress: IPv4 CIDR',
    { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    { 'aws:SourceIp': '203.0.113.77' },
    'allow',
  ),
  conditionCase(
    'IpAddress: a bare address is /32',
    { IpAddress: { 'aws:SourceIp': '203.0.113.7' } },
    { 'aws:SourceIp': '203.0.113.8' },
    'implicit-deny',
  ),
  conditionCase(
    'IpAddress: IPv6 CIDR, compressed and mixed case',
    { IpAddress: { 'aws:SourceIp': '2001:DB8::/32' } },
    { 'aws:SourceIp': '2001:db8:0:0::1' },
    'allow',
  ),
  conditionCase(
    'IPv4 never matches an IPv6 range',
    { IpAddress: { 'aws:SourceIp': '::/0' } },
    { 'aws:SourceIp': '203.0.113.8' },
    'implicit-deny',
  ),
  conditionCase(
    'NotIpAddress',
    { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
    { 'aws:SourceIp': '11.0.0.1' },
    'allow',
  ),
  conditionCase(
    'an unparseable request address is false',
    { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
    { 'aws:SourceIp': '10.0.0.256' },
    'implicit-deny',
  ),
];

const arnCases: Case[] = [
  conditionCase(
    'ArnLike matches each part separately',
    { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::bucket-*' } },
    { 'aws:SourceArn': 'arn:aws:s3:::bucket-a:b' },
    'allow',
  ),
  conditionCase(
    'ArnLike: * does not cross a colon-separated part',
    { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:b' } },
    { 'aws:SourceArn': 'arn:aws:s3:::a:b' },
    'implicit-deny',
  ),
  conditionCase(
    'StringLike: the same * does cross colons',
    { StringLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:b' } },
    { 'aws:SourceArn': 'arn:aws:s3:::a:b' },
    'allow',
  ),
  conditionCase(
    'ArnLike: a pattern with fewer than six parts never matches',
    { ArnLike: { 'aws:SourceArn': 'arn:aws:*' } },
    { 'aws:SourceArn': 'arn:aws:s3:::bucket' },
    'implicit-deny',
  ),
  conditionCase(
    'ArnEquals accepts wildcards too',
    { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/ops/*' } },
    {},
    'allow',
  ),
  conditionCase(
    'ARN operators are case-sensitive',
    { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::Bucket' } },
    { 'aws:SourceArn': 'arn:aws:s3:::bucket' },
    'implicit-deny',
  ),
  conditionCase(
    'a non-ARN value never matches',
    { ArnLike: { 'x:a': '*:*:*:*:*:*' } },
    { 'x:a': 'urn:a:b:c:d:e' },
    'implicit-deny',
  ),
  conditionCase(
    'ArnNotLike on a non-ARN value is true',
    { ArnNotLike: { 'x:a': '*:*:*:*:*:*' } },
    { 'x:a': 'not-an-arn' },
    'allow',
  ),
];

const variableCases: Case[] = [
  conditionCase(
    '${key} is replaced by the context value',
    { StringEquals: { 'sts:RoleSessionName': '${aws:username}' } },
    { 'sts:RoleSessionName': 'priya' },
    'allow',
  ),
  {
    name: 'without Version 2012-10-17 variables are literal text',
    policy: {
      Version: '2008-10-17',
      Statement: statement({ Condition: { StringEquals: { 'sts:RoleSessionName': '${aws:username}' } } }),
    },
    request: awsRequest(USER, { 'sts:RoleSessionName': '${aws:username}' }),
    verdict: 'allow',
  },
  conditionCase(
    "${key, 'default'} uses the default when the key is missing",
    { StringEquals: { 'x:team': "${aws:PrincipalTag/team, 'platform'}" } },
    { 'x:team': 'platform' },
    'allow',
  ),
  conditionCase(
    'a missing variable makes the value unable to match (positive)',
    { StringLike: { 'x:team': '${aws:PrincipalTag/team}*' } },
    { 'x:team': 'platform' },
    'implicit-deny',
  ),
  conditionCase(
    'a missing variable makes the value unable to match (negated)',
    { StringNotEquals: { 'x:team': '${aws:PrincipalTag/team}' } },
    { 'x:team': 'platform' },
    'allow',
  ),
  conditionCase(
    'a multivalued variable is unable to match',
    { StringEquals: { 'x:k': '${aws:TagKeys}' } },
    { 'x:k': 'a', 'aws:TagKeys': ['a'] },
    'implicit-deny',
  ),
  conditionCase(
    '${*} is a literal * in a Like pattern',
    { StringLike: { 'x:k': 'a${*}' } },
    { 'x:k': 'ab' },
    'implicit-deny',
  ),
  conditionCase('${*} matches a literal *', { StringLike: { 'x:k': 'a${*}' } }, { 'x:k': 'a*' }, 'allow'),
  conditionCase(
    'substituted values are literal',
    { StringLike: { 'x:k': '${x:pattern}' } },
    { 'x:k': 'ab', 'x:pattern': 'a*' },
    'implicit-deny',
  ),
  conditionCase(
    'variables work in ARN operators',
    { ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::${aws:PrincipalAccount}:user/*' } },
    { 'aws:SourceArn': `arn:aws:iam::${ACCOUNT}:user/x` },
    'allow',
  ),
  conditionCase(
    'variables are not used in Numeric values',
    { NumericEquals: { 'x:n': '${x:m}' } },
    { 'x:n': 1, 'x:m': 1 },
    'implicit-deny',
  ),
];

const robustnessCases: Case[] = [
  {
    name: 'a string policy is an implicit deny',
    policy: 'not a policy',
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'a null policy is an implicit deny',
    policy: null,
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'a policy without Statement',
    policy: { Version: '2012-10-17' },
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'garbage statements are skipped',
    policy: policy(5, null, 'x', statement()),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  { name: 'a request without principal', policy: policy(statement()), request: {}, verdict: 'implicit-deny' },
  {
    name: 'a request principal with two keys',
    policy: policy(statement({ Principal: '*' })),
    request: { principal: { AWS: USER, Service: 'ec2.amazonaws.com' } },
    verdict: 'implicit-deny',
  },
  {
    name: 'a context value that is an object',
    policy: policy(statement()),
    request: awsRequest(USER, { 'x:o': { a: 1 } }),
    verdict: 'implicit-deny',
  },
  {
    name: 'a malformed Condition block',
    policy: policy(statement({ Condition: ['StringEquals'] })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
];

/** Readings the reference leaves open; each is listed in README.md. */
const decisionCases: Case[] = [
  {
    name: 'a statement with both Principal and NotPrincipal never applies',
    policy: policy(statement({ Effect: 'Deny', NotPrincipal: { AWS: ROOT } }), statement()),
    request: awsRequest(USER),
    verdict: 'allow',
  },
  {
    name: 'a statement with both Action and NotAction never applies',
    policy: policy(statement({ NotAction: 'sts:TagSession' })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'principal keys are case-sensitive: an unknown key makes the statement malformed',
    policy: policy(statement({ Principal: { aws: '*' } })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'a non-string principal value makes the statement malformed',
    policy: policy(statement({ Principal: { AWS: ['*', 111122223333] } })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'wildcards inside a principal ARN are literal',
    policy: policy(statement({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/ops/*` } })),
    request: awsRequest(USER),
    verdict: 'implicit-deny',
  },
  {
    name: 'an AWS caller of no known form matches "*" only',
    policy: policy(
      statement({ Principal: { AWS: ['*'] }, Condition: { Null: { 'aws:PrincipalArn': 'true' } } }),
    ),
    request: awsRequest(`arn:aws:iam::${ACCOUNT}:role/deployer`),
    verdict: 'allow',
  },
  {
    name: 'an AWS caller of no known form does not match its own account',
    policy: policy(statement({ Principal: { AWS: ACCOUNT } })),
    request: awsRequest(`arn:aws:iam::${ACCOUNT}:role/deployer`),
    verdict: 'implicit-deny',
  },
  {
    name: 'NotPrincipal "*" applies to a service caller',
    policy: policy(statement({ Principal: undefined, NotPrincipal: '*' })),
    request: { principal: { Service: 'ec2.amazonaws.com' } },
    verdict: 'allow',
  },
  {
    name: 'a request with a key outside the schema is an implicit deny',
    policy: policy(statement()),
    request: { ...awsRequest(USER), expect: 'allow' },
    verdict: 'implicit-deny',
  },
  conditionCase(
    'context keys differing only in case: the last one wins',
    { StringEquals: { 'sts:ExternalId': 'second' } },
    { 'sts:ExternalId': 'first', 'STS:EXTERNALID': 'second' },
    'allow',
  ),
  conditionCase(
    'an IPv4-mapped IPv6 address is IPv6',
    { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
    { 'aws:SourceIp': '::ffff:10.1.2.3' },
    'implicit-deny',
  ),
  conditionCase(
    'host bits in a CIDR are ignored',
    { IpAddress: { 'aws:SourceIp': '10.9.9.9/8' } },
    { 'aws:SourceIp': '10.1.2.3' },
    'allow',
  ),
  conditionCase(
    'IPv4 parts with leading zeros are unparseable',
    { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
    { 'aws:SourceIp': '010.1.2.3' },
    'implicit-deny',
  ),
  conditionCase(
    'a leading + is not a number',
    { NumericEquals: { 'x:n': '+1' } },
    { 'x:n': 1 },
    'implicit-deny',
  ),
  conditionCase(
    'a policy number in a date operator is its decimal text (2026 = a year)',
    { DateEquals: { 'x:d': 2026 } },
    { 'x:d': '2026-01-01' },
    'allow',
  ),
  conditionCase(
    'date designators T and Z are upper case only',
    { DateEquals: { 'x:d': '2026-01-05T10:00:00z' } },
    { 'x:d': '2026-01-05T10:00:00Z' },
    'implicit-deny',
  ),
  conditionCase(
    'the default aws:CurrentTime text drops zero milliseconds',
    { StringEquals: { 'aws:CurrentTime': '2026-01-05T10:00:00Z' } },
    {},
    'allow',
  ),
  conditionCase(
    '? matches one UTF-16 unit, so not a whole emoji (a surrogate pair)',
    { StringLike: { 'x:k': 'a?' } },
    { 'x:k': 'a😀' },
    'implicit-deny',
  ),
  conditionCase('* matches across line breaks', { StringLike: { 'x:k': 'a*b' } }, { 'x:k': 'a\nb' }, 'allow'),
  conditionCase(
    'a default may follow the comma without a space',
    { StringEquals: { 'x:k': "${x:missing,'d'}" } },
    { 'x:k': 'd' },
    'allow',
  ),
  conditionCase('an empty operator block imposes nothing', { StringEquals: {} }, {}, 'allow'),
];

export const CASE_GROUPS: [string, Case[]][] = [
  ['verdict', verdictCases],
  ['action', actionCases],
  ['principal', principalCases],
  ['derived context keys', derivedKeyCases],
  ['missing keys', missingKeyCases],
  ['combining', combiningCases],
  ['string operators', stringCases],
  ['numeric operators', numericCases],
  ['date operators', dateCases],
  ['bool and binary', boolBinaryCases],
  ['ip operators', ipCases],
  ['arn operators', arnCases],
  ['policy variables', variableCases],
  ['robustness', robustnessCases],
  ['decisions', decisionCases],
];

import { isAccountId, PARTITIONS, parseArn, parseIamPathName, partitionProblem } from '../arn/arn.js';
import { accountIdProblem, iamEntityProblem, stsSessionProblem } from '../arn/arn-problems.js';
import type { JsonPath } from '../json/json-path.js';

export const PRINCIPAL_KEYS = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

/** What one value in a Principal block names. */
export type PolicyPrincipalKind =
  | 'any-aws'
  | 'account'
  | 'root'
  | 'user'
  | 'role'
  | 'assumed-role'
  | 'federated-user'
  | 'unique-id'
  | 'service'
  | 'saml-provider'
  | 'oidc-provider'
  | 'web-identity-provider'
  | 'canonical-user'
  | 'invalid';

export interface PolicyPrincipal {
  /** The Principal key as written: AWS, Service, Federated, CanonicalUser (or an unknown key). */
  readonly key: string;
  readonly value: string;
  readonly kind: PolicyPrincipalKind;
  readonly path: JsonPath;
  readonly partition?: string;
  readonly account?: string;
  /** User, role or federated-user name; the role name of an assumed-role session. */
  readonly name?: string;
  /** IAM path of a user or role ARN ("/" when none). */
  readonly iamPath?: string;
  readonly session?: string;
  /** Why an 'invalid' value is invalid, as a sentence. */
  readonly problem?: string;
}

const UNIQUE_ID = /^A[A-Z]{3}[A-Z0-9]{12,124}$/;
/** Unique-id prefixes that name something a trust policy can trust. */
const PRINCIPAL_ID_PREFIXES = new Set(['AIDA', 'AROA']);
const HOSTNAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const WILDCARD = /[*?]/;

const classifyCache = new Map<string, Classified>();

/** Classifies one Principal value; the classification is memoized by key and value. */
export function classifyPrincipal(key: string, value: string, path: JsonPath): PolicyPrincipal {
  const cacheKey = `${key}\u0000${value}`;
  let classified = classifyCache.get(cacheKey);
  if (classified === undefined) {
    if (classifyCache.size >= 2048) classifyCache.clear();
    classified = classifyUncached(key, value);
    classifyCache.set(cacheKey, classified);
  }
  return { key, value, path, ...classified };
}

function classifyUncached(key: string, value: string): Classified {
  switch (key) {
    case 'AWS':
      return classifyAws(value);
    case 'Service':
      return classifyService(value);
    case 'Federated':
      return classifyFederated(value);
    case 'CanonicalUser':
      return { kind: 'canonical-user' };
    default:
      return invalid(`"${key}" is not a principal type (AWS, Service, Federated).`);
  }
}

type Classified = Omit<PolicyPrincipal, 'key' | 'value' | 'path'>;

function invalid(problem: string): Classified {
  return { kind: 'invalid', problem };
}

function classifyAws(value: string): Classified {
  if (value === '*') return { kind: 'any-aws' };
  if (isAccountId(value)) return { kind: 'account', account: value };
  if (UNIQUE_ID.test(value)) {
    return PRINCIPAL_ID_PREFIXES.has(value.slice(0, 4))
      ? { kind: 'unique-id' }
      : invalid(
          `"${value}" is a unique ID of an entity that cannot be a principal (only users AIDA… and roles AROA…).`,
        );
  }
  if (WILDCARD.test(value)) {
    return invalid(
      `"${value}" has a wildcard inside a principal ARN; only a lone "*" is allowed. Use the account as principal and an ArnLike condition on aws:PrincipalArn.`,
    );
  }
  const arn = parseArn(value);
  if (arn === undefined) return invalid(`"${value}" is neither a 12-digit account ID nor an ARN.`);
  const partition = partitionProblem(arn.partition);
  if (partition !== undefined) return invalid(`${partition.slice(0, -1)} (in "${value}").`);
  if (arn.region !== '')
    return invalid(`IAM and STS principal ARNs have an empty region part; "${value}" has "${arn.region}".`);
  const account = accountIdProblem(arn.account);
  if (account !== undefined) return invalid(`${account.slice(0, -1)} (in "${value}").`);
  const where = { partition: arn.partition, account: arn.account };
  if (arn.service === 'iam') {
    if (arn.resource === 'root') return { kind: 'root', ...where };
    for (const type of ['user', 'role'] as const) {
      const parsed = parseIamPathName(arn.resource, type);
      if (parsed !== undefined) return { kind: type, ...where, name: parsed.name, iamPath: parsed.path };
    }
    for (const type of ['user', 'role'] as const)
      if (arn.resource.startsWith(`${type}/`)) {
        const problem = iamEntityProblem(arn.resource, type);
        if (problem !== undefined) return invalid(`${problem.slice(0, -1)} (in "${value}").`);
      }
    if (arn.resource.startsWith('group/')) return invalid(`IAM groups cannot be principals: "${value}".`);
    return invalid(`"${arn.resource}" is not root, a user or a role.`);
  }
  if (arn.service === 'sts') {
    const session = /^assumed-role\/([\w+=,.@-]{1,64})\/([\w+=,.@-]{2,64})$/.exec(arn.resource);
    if (session?.[1] !== undefined && session[2] !== undefined) {
      return { kind: 'assumed-role', ...where, name: session[1], session: session[2] };
    }
    const federated = /^federated-user\/([\w+=,.@-]{2,32})$/.exec(arn.resource);
    if (federated?.[1] !== undefined) return { kind: 'federated-user', ...where, name: federated[1] };
    const problem = stsSessionProblem(arn.resource);
    return invalid(
      problem === undefined
        ? `"${arn.resource}" is not an assumed-role or federated-user session.`
        : `${problem.slice(0, -1)} (in "${value}").`,
    );
  }
  return invalid(
    `An AWS principal is an account, user, role or session ARN; "${value}" is a ${arn.service} ARN.`,
  );
}

function classifyService(value: string): Classified {
  if (WILDCARD.test(value)) return invalid(`Service principals cannot contain wildcards: "${value}".`);
  if (value.startsWith('arn:'))
    return invalid(`"${value}" is an ARN; a service principal is a name like ec2.amazonaws.com.`);
  if (!HOSTNAME.test(value)) {
    return invalid(
      value.toLowerCase() !== value && HOSTNAME.test(value.toLowerCase())
        ? `Service principals are lowercase: "${value.toLowerCase()}".`
        : `"${value}" is not a service principal name such as ec2.amazonaws.com.`,
    );
  }
  return { kind: 'service' };
}

function classifyFederated(value: string): Classified {
  if (WILDCARD.test(value)) return invalid(`Federated principals cannot contain wildcards: "${value}".`);
  if (value.startsWith('arn:')) {
    const arn = parseArn(value);
    if (
      arn === undefined ||
      !PARTITIONS.has(arn.partition) ||
      arn.service !== 'iam' ||
      arn.region !== '' ||
      !isAccountId(arn.account)
    ) {
      return invalid(
        `"${value}" is not an IAM identity-provider ARN (arn:aws:iam::ACCOUNT:saml-provider/NAME or oidc-provider/HOST).`,
      );
    }
    const where = { partition: arn.partition, account: arn.account };
    if (/^saml-provider\/[\w.-]{1,128}$/.test(arn.resource))
      return { kind: 'saml-provider', ...where, name: arn.resource.slice(14) };
    if (/^oidc-provider\/[^\s/][^\s]*$/.test(arn.resource))
      return { kind: 'oidc-provider', ...where, name: arn.resource.slice(14) };
    return invalid(`"${arn.resource}" is neither saml-provider/NAME nor oidc-provider/HOST.`);
  }
  if (HOSTNAME.test(value)) return { kind: 'web-identity-provider' };
  return invalid(
    `A federated principal is a SAML/OIDC provider ARN or an identity provider's domain; "${value}" is neither.`,
  );
}

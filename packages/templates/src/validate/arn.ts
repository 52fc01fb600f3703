import {
  type Arn,
  accountIdProblem,
  iamEntityProblem,
  isAccountId,
  PARTITIONS,
  parseArn,
} from '@trustwright/core';

/** User and role names: 1-64 of these characters (CreateUser / CreateRole). */
const IAM_NAME = /^[\w+=,.@-]{1,64}$/;
/** Path segments: printable ASCII except "/" (CreateRole Path pattern). */
const PATH_SEGMENT = /^[\u0021-\u002e\u0030-\u007e]+$/;

/** Core's sentences start with a capital; after "Not a valid ARN:" they continue the sentence. */
function lowerFirst(text: string): string {
  return /^(A|An) /.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

export type IamEntityType = 'user' | 'role';

export interface IamEntityArn {
  readonly arn: Arn;
  readonly type: IamEntityType;
  /** "/" or "/path/". */
  readonly path: string;
  readonly name: string;
}

/** Spaces, the "arn:" prefix, six parts and a known partition: what every ARN field checks first. */
function checkArnSyntax(value: string, example: string): Arn | string {
  if (/\s/.test(value)) return 'Not a valid ARN: it contains spaces.';
  if (!value.startsWith('arn:'))
    return `Not a valid ARN: an ARN starts with "arn:" (for example ${example}).`;
  const arn = parseArn(value);
  if (arn === undefined)
    return 'Not a valid ARN: it needs six parts separated by colons (arn:partition:service:region:account:resource).';
  if (!PARTITIONS.has(arn.partition))
    return `Not a valid ARN: "${arn.partition}" is not an AWS partition (aws, aws-cn, aws-us-gov...).`;
  return arn;
}

/**
 * The common part of every ARN check: six parts, a known partition, a 12-digit account, and
 * the expected service with an empty region. Returns the reason a user can act on, or the ARN.
 */
function checkArnFrame(value: string, service: string, example: string): Arn | string {
  if (value === '') return `Enter an ARN, for example ${example}.`;
  const arn = checkArnSyntax(value, example);
  if (typeof arn === 'string') return arn;
  if (arn.service !== service)
    return `Not a valid ARN here: the service part is "${arn.service}"; this field takes ${service} ARNs such as ${example}.`;
  if (arn.region !== '')
    return `Not a valid ARN: ${service} ARNs have an empty region part (arn:aws:${service}::ACCOUNT:...).`;
  const account = accountIdProblem(arn.account);
  if (account !== undefined) return `Not a valid ARN: ${lowerFirst(account)}`;
  return arn;
}

/** Parses `user/NAME`, `role/path/NAME`; undefined when the path or name is not valid. */
export function parseIamResource(
  resource: string,
  types: readonly IamEntityType[],
): Omit<IamEntityArn, 'arn'> | undefined {
  const slash = resource.indexOf('/');
  const type = resource.slice(0, slash);
  if (slash < 0 || !(types as readonly string[]).includes(type)) return undefined;
  const rest = resource.slice(slash + 1);
  const last = rest.lastIndexOf('/');
  const name = rest.slice(last + 1);
  if (!IAM_NAME.test(name)) return undefined;
  if (
    last >= 0 &&
    !rest
      .slice(0, last)
      .split('/')
      .every((s) => PATH_SEGMENT.test(s))
  )
    return undefined;
  return { type: type as IamEntityType, path: last < 0 ? '/' : `/${rest.slice(0, last + 1)}`, name };
}

/** A user or role ARN for a Principal: exact (no wildcards), never root or a session. */
export function checkEntityArn(value: string, types: readonly IamEntityType[]): IamEntityArn | string {
  const what = types.length === 2 ? 'user or role' : (types[0] as string);
  const example = types.includes('role')
    ? 'arn:aws:iam::111122223333:role/Auditor'
    : 'arn:aws:iam::111122223333:user/auditor';
  const sessionHint = /^arn:[^:]*:sts::/.test(value) && value.includes(':assumed-role/');
  if (sessionHint)
    return 'Name the role (arn:aws:iam::ACCOUNT:role/NAME), not one of its sessions (sts ... assumed-role).';
  const arn = checkArnFrame(value, 'iam', example);
  if (typeof arn === 'string') return arn;
  if (/[*?]/.test(arn.resource))
    return 'Not a valid principal ARN: wildcards (* or ?) are not allowed in a Principal; name one user or role.';
  if (arn.resource === 'root')
    return `This is the account's root ARN; name a ${what}, or trust the whole account instead.`;
  const entity = parseIamResource(arn.resource, types);
  if (entity === undefined) {
    const prefix = arn.resource.split('/')[0] ?? '';
    const problem =
      prefix === 'user' || prefix === 'role' ? iamEntityProblem(arn.resource, prefix) : undefined;
    return (types as readonly string[]).includes(prefix) && problem !== undefined
      ? `Not a valid ARN: ${lowerFirst(problem)}`
      : `Not a valid ARN here: the resource part must be ${types.map((t) => `${t}/NAME`).join(' or ')}; "${arn.resource}" is not.`;
  }
  return { arn, ...entity };
}

export type ProviderType = 'saml-provider' | 'oidc-provider';

/** A SAML or OIDC provider ARN: `arn:aws:iam::ACCOUNT:saml-provider/NAME`. */
export function checkProviderArn(value: string, type: ProviderType): Arn | string {
  const example = `arn:aws:iam::111122223333:${type}/${type === 'saml-provider' ? 'CorpIdP' : 'token.actions.githubusercontent.com'}`;
  const arn = checkArnFrame(value, 'iam', example);
  if (typeof arn === 'string') return arn;
  if (!arn.resource.startsWith(`${type}/`))
    return `Not a valid ARN here: the resource part must start with "${type}/"; "${arn.resource}" does not.`;
  const name = arn.resource.slice(type.length + 1);
  const pattern = type === 'saml-provider' ? /^[\w.-]{1,128}$/ : /^[\w.\-/:]{1,255}$/;
  if (!pattern.test(name) || /[*?]/.test(name))
    return `Not a valid ARN: "${name}" is not a ${type === 'saml-provider' ? 'SAML provider name (letters, digits, . _ -)' : 'provider URL'}.`;
  return arn;
}

/** An ARN pattern for aws:SourceArn (wildcards allowed) in the given service namespace. */
export function checkSourceArnPattern(value: string, service: string, example: string): string | undefined {
  if (value === '') return undefined;
  const arn = checkArnSyntax(value, example);
  if (typeof arn === 'string') return arn;
  if (arn.service !== service)
    return `The service part is "${arn.service}"; this service's resources are "${service}" ARNs such as ${example}.`;
  if (!isAccountId(arn.account))
    return `The account part "${arn.account}" must be the exact 12-digit account; a wildcard there would let another account's resources in.`;
  return undefined;
}

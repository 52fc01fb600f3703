import { accountIdProblem, iamEntityProblem } from './arn-problems.js';

/**
 * ARN parsing. An ARN has six colon-separated parts; the resource (last part) may itself hold
 * colons. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export interface Arn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/** Partitions known to the AWS SDK metadata (aws-eusc: the European Sovereign Cloud). */
export const PARTITIONS: ReadonlySet<string> = new Set([
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
]);

/** Splits on the first five colons; undefined unless there are six parts starting with "arn". */
export function splitArn(text: string): [string, string, string, string, string, string] | undefined {
  const parts: string[] = [];
  let start = 0;
  for (let n = 0; n < 5; n++) {
    const colon = text.indexOf(':', start);
    if (colon < 0) return undefined;
    parts.push(text.slice(start, colon));
    start = colon + 1;
  }
  const [arn, partition, service, region, account] = parts as [string, string, string, string, string];
  return [arn, partition, service, region, account, text.slice(start)];
}

export function parseArn(text: string): Arn | undefined {
  const parts = splitArn(text);
  if (parts === undefined || parts[0] !== 'arn') return undefined;
  const [, partition, service, region, account, resource] = parts;
  return { partition, service, region, account, resource };
}

export function isAccountId(text: string): boolean {
  return text.length === 12 && /^[0-9]{12}$/.test(text);
}

/** An IAM role ARN (the `role` field of a trust file). */
export interface RoleArn {
  readonly arn: string;
  readonly partition: string;
  readonly account: string;
  readonly path: string;
  readonly name: string;
}

/** "Unknown partition "x"; ARNs use aws, aws-cn, ..." for every ARN message. */
export function partitionProblem(partition: string): string | undefined {
  return PARTITIONS.has(partition)
    ? undefined
    : `Unknown partition "${partition}"; ARNs use ${[...PARTITIONS].join(', ')}.`;
}

/** Why a role ARN is not one, for a message at the field; undefined when it is valid. */
export function parseRoleArn(text: string): RoleArn | { readonly error: string } {
  const arn = parseArn(text);
  if (arn === undefined) return { error: `"${text}" is not an ARN (arn:aws:iam::ACCOUNT:role/NAME).` };
  const partition = partitionProblem(arn.partition);
  if (partition !== undefined) return { error: partition };
  if (arn.service !== 'iam') return { error: `A role ARN has service "iam", not "${arn.service}".` };
  if (arn.region !== '') return { error: 'IAM ARNs have an empty region part (arn:aws:iam::ACCOUNT:...).' };
  const account = accountIdProblem(arn.account);
  if (account !== undefined) return { error: account };
  if (!arn.resource.startsWith('role/'))
    return { error: `"${arn.resource}" is not a role resource (role/NAME or role/PATH/NAME).` };
  const resource = parseIamPathName(arn.resource, 'role');
  if (resource === undefined)
    return {
      error: iamEntityProblem(arn.resource, 'role') ?? `"${arn.resource}" is not a valid role resource.`,
    };
  return { arn: text, partition: arn.partition, account: arn.account, ...resource };
}

/** User and role names: 1-64 of these characters (CreateUser / CreateRole). */
const IAM_NAME = /^[\w+=,.@-]{1,64}$/;
/** Path segments: U+0021-U+007F except "/" (CreateRole Path pattern); a path has at most 512. */
const PATH_SEGMENT = /^[\u0021-\u002e\u0030-\u007f]+$/;
const MAX_PATH = 512;

/** `user/ops/priya` → { path: '/ops/', name: 'priya' } for the given entity type. */
export function parseIamPathName(resource: string, type: string): { path: string; name: string } | undefined {
  if (!resource.startsWith(`${type}/`)) return undefined;
  const rest = resource.slice(type.length + 1);
  const slash = rest.lastIndexOf('/');
  const name = rest.slice(slash + 1);
  const path = slash < 0 ? '/' : `/${rest.slice(0, slash + 1)}`;
  if (!IAM_NAME.test(name) || path.length > MAX_PATH) return undefined;
  if (
    slash >= 0 &&
    !rest
      .slice(0, slash)
      .split('/')
      .every((segment) => PATH_SEGMENT.test(segment))
  )
    return undefined;
  return { path, name };
}

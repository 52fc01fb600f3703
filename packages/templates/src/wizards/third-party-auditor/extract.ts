import { isAccountId, parseArn } from '@trustwright/core';
import {
  conditionValues,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import type { ThirdPartyAuditorInput } from './schema.js';

function single(values: readonly string[] | undefined): string | undefined {
  return values?.length === 1 ? values[0] : undefined;
}

export function extract(statements: readonly ShapeStatement[]): Extraction<ThirdPartyAuditorInput> {
  const allows = statements.filter((s) => s.effect === 'Allow');
  const denies = statements.filter((s) => s.effect === 'Deny');
  const allow = allows[0];
  if (allow === undefined) return { ok: false, reason: 'The policy has no Allow statement for the auditor.' };
  if (allows[1] !== undefined)
    return notInShape(allows[1], 'is a second Allow statement; this wizard writes one');
  if (denies[1] !== undefined)
    return notInShape(denies[1], 'is a second Deny statement; this wizard writes one (the MFA check)');
  const other = principalTypes(allow).find((t) => t !== 'AWS');
  if (other !== undefined)
    return notInShape(allow, `trusts a ${other} principal; this wizard trusts AWS accounts, users or roles`);
  const aws = principalValues(allow, 'AWS');
  if (aws.length === 0) return notInShape(allow, 'names no AWS principal');
  const only = single(aws);
  const root =
    only === undefined
      ? undefined
      : isAccountId(only)
        ? only
        : parseArn(only)?.resource === 'root'
          ? parseArn(only)?.account
          : undefined;

  for (const [operator, what] of [
    ['StringEquals', 'sts:ExternalId'],
    ['DateGreaterThan', 'aws:CurrentTime'],
    ['DateLessThan', 'aws:CurrentTime'],
  ] as const) {
    const values = conditionValues(allow, operator, what);
    if (values !== undefined && values.length !== 1)
      return notInShape(allow, `has ${values.length} values for ${operator} ${what}; the wizard writes one`);
  }
  return {
    ok: true,
    primaryIndex: allow.index,
    input: {
      principalKind: root === undefined ? 'principals' : 'account',
      trustedAccount: root ?? '',
      principalArns: root === undefined ? [...aws] : [],
      externalId: single(conditionValues(allow, 'StringEquals', 'sts:ExternalId')) ?? '',
      requireMfa: denies.length === 1,
      sourceCidrs: [...(conditionValues(allow, 'IpAddress', 'aws:SourceIp') ?? [])],
      windowStart: single(conditionValues(allow, 'DateGreaterThan', 'aws:CurrentTime')) ?? '',
      windowEnd: single(conditionValues(allow, 'DateLessThan', 'aws:CurrentTime')) ?? '',
    },
  };
}

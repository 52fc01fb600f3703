import { isAccountId, parseArn } from '@trustwright/core';
import {
  conditionsWithKeyPrefix,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import type { AbacInput } from './schema.js';

const PREFIX = 'aws:PrincipalTag/';

export function extract(statements: readonly ShapeStatement[]): Extraction<AbacInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined) return notInShape(extra, 'is one more statement than the ABAC wizard writes');
  const aws = principalValues(only, 'AWS');
  const value = aws[0];
  const account =
    principalTypes(only).join() !== 'AWS' || aws.length !== 1 || value === undefined
      ? undefined
      : isAccountId(value)
        ? value
        : parseArn(value)?.resource === 'root'
          ? parseArn(value)?.account
          : undefined;
  if (account === undefined)
    return notInShape(only, 'does not name exactly one account (its root ARN) as the principal');
  const tags = conditionsWithKeyPrefix(only, PREFIX);
  const tag = tags[0];
  if (tag === undefined || tags.length !== 1 || tag.operator !== 'StringEquals')
    return notInShape(only, 'does not test exactly one aws:PrincipalTag/KEY with StringEquals');
  return {
    ok: true,
    primaryIndex: only.index,
    input: { account, tagKey: tag.key.slice(PREFIX.length), tagValues: [...tag.values] },
  };
}

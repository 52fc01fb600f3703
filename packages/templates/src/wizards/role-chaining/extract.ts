import { parseArn } from '@trustwright/core';
import {
  conditionValues,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import type { RoleChainingInput } from './schema.js';

export function extract(statements: readonly ShapeStatement[]): Extraction<RoleChainingInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined)
    return notInShape(extra, 'is one more statement than the role-chaining wizard writes');
  const aws = principalValues(only, 'AWS');
  if (principalTypes(only).join() !== 'AWS' || aws.length !== 1)
    return notInShape(only, 'does not name exactly one AWS principal');
  const principal = aws[0] as string;
  const pinned = conditionValues(only, 'ArnEquals', 'aws:PrincipalArn');
  if (pinned !== undefined) {
    if (pinned.length !== 1) return notInShape(only, 'pins several role ARNs; the wizard pins one');
    return {
      ok: true,
      primaryIndex: only.index,
      input: { method: 'principal-arn', roleArn: pinned[0] as string, roleId: '', sessionPattern: '*' },
    };
  }
  const userid = conditionValues(only, 'StringLike', 'aws:userid');
  if (userid === undefined)
    return notInShape(
      only,
      'pins the source role neither by ArnEquals aws:PrincipalArn nor by StringLike aws:userid',
    );
  const colon = userid.length === 1 ? (userid[0] as string).indexOf(':') : -1;
  if (colon < 0) return notInShape(only, 'does not have one aws:userid value of the form ROLEID:SESSION');
  if (parseArn(principal)?.resource === 'root')
    return notInShape(only, 'pins aws:userid but names the whole account in Principal');
  const value = userid[0] as string;
  return {
    ok: true,
    primaryIndex: only.index,
    input: {
      method: 'role-id',
      roleArn: principal,
      roleId: value.slice(0, colon),
      sessionPattern: value.slice(colon + 1),
    },
  };
}

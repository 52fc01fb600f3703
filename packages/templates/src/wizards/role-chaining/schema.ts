import * as z from 'zod';
import { checkEntityArn } from '../../validate/arn.js';
import { reporter, text } from '../../wizard/schema-helpers.js';

export const METHODS = ['principal-arn', 'role-id'] as const;
const ROLE_ID = /^AROA[A-Z0-9]{12,124}$/;
const SESSION_PATTERN = /^[\w+=,.@*?-]{1,64}$/;

const shape = z.object({ method: z.enum(METHODS), roleArn: text(), roleId: text(), sessionPattern: text() });

export type RoleChainingInput = z.output<typeof shape>;

function checkSessionPattern(value: string): string | undefined {
  if (value === '') return 'Enter a session-name pattern; * allows any session.';
  if (!SESSION_PATTERN.test(value))
    return 'A session-name pattern uses letters, digits, + = , . @ _ - and the wildcards * and ?.';
  // Session names have at least two characters, so a pattern without * must allow two.
  if (!value.includes('*') && value.length < 2)
    return 'Session names have at least 2 characters, so this pattern can never match.';
  return undefined;
}

export const roleChainingSchema = shape
  .superRefine((v, ctx) => {
    const report = reporter(ctx);
    const role = checkEntityArn(v.roleArn, ['role']);
    if (typeof role === 'string') report('roleArn', role);
    if (v.method === 'role-id') {
      if (v.roleId === '')
        report(
          'roleId',
          "Enter the role's unique id (aws iam get-role --role-name NAME --query Role.RoleId).",
        );
      else if (!ROLE_ID.test(v.roleId))
        report(
          'roleId',
          'A role id starts with AROA followed by uppercase letters and digits (aws iam get-role --query Role.RoleId).',
        );
      report('sessionPattern', checkSessionPattern(v.sessionPattern));
    }
  })
  .transform(
    (v): RoleChainingInput => (v.method === 'role-id' ? v : { ...v, roleId: '', sessionPattern: '*' }),
  );

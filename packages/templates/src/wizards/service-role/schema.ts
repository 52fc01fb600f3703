import { parseArn } from '@trustwright/core';
import * as z from 'zod';
import { checkAccountId } from '../../validate/account.js';
import { checkSourceArnPattern } from '../../validate/arn.js';
import { reporter, text } from '../../wizard/schema-helpers.js';
import { SERVICE_IDS, serviceById } from './services.js';

const ROLE_PREFIX = /^[\w+=,.@-]{1,63}$/;

const shape = z.object({
  service: z.enum(SERVICE_IDS),
  sourceAccount: text(),
  sourceArn: text(),
  passRolePrefix: text(),
});

export type ServiceRoleInput = z.output<typeof shape>;

export const serviceRoleSchema = shape.superRefine((v, ctx) => {
  const report = reporter(ctx);
  const service = serviceById(v.service);
  if (service === undefined) return;
  if (service.sourceKeys === 'not-sent') {
    const why = `${service.label} does not send this key when it assumes the role; the condition would never match and the role would stop working.`;
    if (v.sourceAccount !== '') report('sourceAccount', why);
    if (v.sourceArn !== '') report('sourceArn', why);
  } else {
    if (v.sourceAccount !== '') report('sourceAccount', checkAccountId(v.sourceAccount));
    const arnProblem = checkSourceArnPattern(
      v.sourceArn,
      service.arnService ?? '',
      service.sourceArnExample ?? '',
    );
    report('sourceArn', arnProblem);
    const arnAccount = v.sourceArn === '' ? undefined : parseArn(v.sourceArn)?.account;
    if (
      arnProblem === undefined &&
      arnAccount !== undefined &&
      v.sourceAccount !== '' &&
      arnAccount !== v.sourceAccount
    )
      report(
        'sourceArn',
        `The account in the source ARN (${arnAccount}) must be the source account (${v.sourceAccount}).`,
      );
  }
  if (v.passRolePrefix !== '' && !ROLE_PREFIX.test(v.passRolePrefix))
    report(
      'passRolePrefix',
      'A role-name prefix uses letters, digits and + = , . @ _ - (no wildcards, no path).',
    );
});

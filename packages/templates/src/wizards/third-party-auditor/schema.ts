import * as z from 'zod';
import { checkAccountId } from '../../validate/account.js';
import { checkEntityArn } from '../../validate/arn.js';
import { checkExternalId } from '../../validate/external-id.js';
import {
  checkCidrRows,
  checkRows,
  checkWindow,
  compact,
  list,
  reporter,
  requireRows,
  text,
} from '../../wizard/schema-helpers.js';

export const PRINCIPAL_KINDS = ['account', 'principals'] as const;

const shape = z.object({
  principalKind: z.enum(PRINCIPAL_KINDS),
  trustedAccount: text(),
  principalArns: list(),
  externalId: text(),
  requireMfa: z.boolean(),
  sourceCidrs: list(),
  windowStart: text(),
  windowEnd: text(),
});

export type ThirdPartyAuditorInput = z.output<typeof shape>;

export const thirdPartyAuditorSchema = shape
  .superRefine((v, ctx) => {
    const report = reporter(ctx);
    if (v.principalKind === 'account') report('trustedAccount', checkAccountId(v.trustedAccount));
    else {
      requireRows(report, 'principalArns', v.principalArns, 'Add at least one user or role ARN.');
      checkRows(report, 'principalArns', v.principalArns, (arn) => {
        const checked = checkEntityArn(arn, ['user', 'role']);
        return typeof checked === 'string' ? checked : undefined;
      });
    }
    report('externalId', checkExternalId(v.externalId));
    checkCidrRows(report, 'sourceCidrs', v.sourceCidrs);
    checkWindow(report, 'windowStart', v.windowStart, 'windowEnd', v.windowEnd);
  })
  // The canonical input: fields of the other principal mode cleared, lists compacted.
  .transform(
    (v): ThirdPartyAuditorInput => ({
      ...v,
      trustedAccount: v.principalKind === 'account' ? v.trustedAccount : '',
      principalArns: v.principalKind === 'principals' ? compact(v.principalArns) : [],
      sourceCidrs: compact(v.sourceCidrs),
    }),
  );

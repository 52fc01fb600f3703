import * as z from 'zod';
import { checkAccountId } from '../../validate/account.js';
import { checkRows, compact, list, reporter, requireRows, text } from '../../wizard/schema-helpers.js';

/** IAM tag characters, minus spaces in keys: a condition key cannot contain whitespace. */
const TAG_KEY = /^[\p{L}\p{N}_.:/=+\-@]{1,128}$/u;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$/u;

const shape = z.object({ account: text(), tagKey: text(), tagValues: list() });

export type AbacInput = z.output<typeof shape>;

export const abacSchema = shape
  .superRefine((v, ctx) => {
    const report = reporter(ctx);
    report('account', checkAccountId(v.account));
    if (v.tagKey === '') report('tagKey', 'Enter the tag key.');
    else if (v.tagKey.toLowerCase().startsWith('aws:'))
      report('tagKey', 'Tag keys starting with aws: are reserved for AWS.');
    else if (!TAG_KEY.test(v.tagKey))
      report(
        'tagKey',
        'A tag key here is up to 128 letters, digits and _ . : / = + - @ (no spaces: it becomes part of a condition key).',
      );
    requireRows(report, 'tagValues', v.tagValues, 'Add at least one tag value.');
    checkRows(report, 'tagValues', v.tagValues, (value) =>
      TAG_VALUE.test(value)
        ? undefined
        : 'A tag value is up to 256 letters, digits, spaces and _ . : / = + - @ (no wildcards).',
    );
  })
  .transform((v): AbacInput => ({ ...v, tagValues: compact(v.tagValues) }));

import * as z from 'zod';
import { checkRows, compact, list, reporter, text } from '../../wizard/schema-helpers.js';

const CLIENT_ID = /^[\w.-]{1,255}$/;
const SUBJECT = /^\d{1,255}$/;

const shape = z.object({ audience: text(), subjects: list() });

export type GoogleInput = z.output<typeof shape>;

export const googleSchema = shape
  .superRefine((v, ctx) => {
    const report = reporter(ctx);
    if (v.audience === '') report('audience', "Enter your app's OAuth client id.");
    else if (!CLIENT_ID.test(v.audience))
      report(
        'audience',
        'An OAuth client id looks like 123456789012-abc123.apps.googleusercontent.com (no spaces or wildcards).',
      );
    checkRows(report, 'subjects', v.subjects, (s) =>
      SUBJECT.test(s)
        ? undefined
        : 'A Google user id (the sub claim) is a number, such as 110169484474386276334.',
    );
  })
  .transform((v): GoogleInput => ({ ...v, subjects: compact(v.subjects) }));

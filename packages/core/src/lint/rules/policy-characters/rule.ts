import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/**
 * CreateRole's AssumeRolePolicyDocument pattern: tab, LF, CR and U+0020 to U+00FF only.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
export const policyCharacters = defineRule({
  id: 'policy-characters',
  severity: 'error',
  category: 'validity',
  summary: 'Characters IAM does not accept in a policy document',
  docs: {
    references: [REF.createRole, REF.quotas],
  },
  check(ctx) {
    const bad = /[^\t\n\r\u0020-\u00ff]/u.exec(ctx.text);
    if (bad === null) return;
    const code = bad[0].codePointAt(0) ?? 0;
    ctx.report([], {
      message: `The policy contains ${JSON.stringify(bad[0])} (U+${code.toString(16).toUpperCase().padStart(4, '0')}); IAM accepts only tab, line breaks and characters U+0020 to U+00FF.`,
      help: 'Replace typographic quotes, dashes and other non-Latin-1 characters.',
    });
  },
});

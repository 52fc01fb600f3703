import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/** Access Analyzer "Unsupported wildcard in principal": only a lone "*" is allowed. */
export const principalPartialWildcard = defineRule({
  id: 'principal-partial-wildcard',
  severity: 'error',
  category: 'validity',
  summary: 'A wildcard inside a principal ARN or name',
  docs: {
    references: [REF.principal, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Unsupported wildcard in principal'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const entry of s.principal?.entries ?? []) {
        if (entry.kind !== 'invalid' || !/[*?]/.test(entry.value) || entry.value === '*') continue;
        const account = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(entry.value)?.[1];
        ctx.report(entry.path, {
          message: `Wildcards are not allowed inside a principal: ${JSON.stringify(entry.value)}.`,
          help:
            account === undefined
              ? 'Name principals exactly; use a condition on aws:PrincipalArn for patterns.'
              : `Trust the account (arn:aws:iam::${account}:root) and add "ArnLike": {"aws:PrincipalArn": ${JSON.stringify(entry.value)}}.`,
        });
      }
    }
  },
});

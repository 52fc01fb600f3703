import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html */
export const notPrincipalInTrustPolicy = defineRule({
  id: 'not-principal-in-trust-policy',
  severity: 'error',
  category: 'validity',
  summary: 'NotPrincipal in a role trust policy',
  docs: {
    references: [REF.notPrincipal, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Role trust policy syntax error notprincipal'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.principal?.not !== true) continue;
      ctx.report(s.principal.path, {
        target: 'key',
        message: 'NotPrincipal is not supported in role trust policies.',
        help: 'Use "Principal": {"AWS": "*"} with a Deny and an ArnNotEquals or ArnNotLike condition on aws:PrincipalArn.',
      });
    }
  },
});

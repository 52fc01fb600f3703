import { getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { objectStatements } from '../../rule-helpers.js';

/**
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 * Read from the statement's own members, not from the normalized principal block: with both
 * Principal and NotPrincipal the model keeps Principal, and the NotPrincipal must still be reported.
 */
export const notPrincipalInTrustPolicy = defineRule({
  id: 'not-principal-in-trust-policy',
  severity: 'error',
  category: 'validity',
  summary: 'NotPrincipal in a role trust policy, alone or beside Principal',
  docs: {
    references: [REF.notPrincipal, REF.grammar, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Role trust policy syntax error notprincipal'],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      if (getMember(node, 'NotPrincipal') === undefined) continue;
      const both = getMember(node, 'Principal') !== undefined;
      ctx.report([...statement.path, 'NotPrincipal'], {
        target: 'key',
        message: both
          ? 'The statement has both Principal and NotPrincipal: the policy grammar allows one or the other, and role trust policies do not support NotPrincipal at all.'
          : 'NotPrincipal is not supported in role trust policies.',
        help: both
          ? 'Remove NotPrincipal. To exclude callers, add a separate Deny with "Principal": {"AWS": "*"} and an ArnNotEquals or ArnNotLike condition on aws:PrincipalArn.'
          : 'Use "Principal": {"AWS": "*"} with a Deny and an ArnNotEquals or ArnNotLike condition on aws:PrincipalArn.',
      });
    }
  },
});

import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { unconditionedAccountTrusts } from '../../statement-facts.js';

/**
 * Semantics reference §7 pattern 25; Checkov CKV_AWS_61. Trusting the role's own account hands
 * the decision to that account's identity policies, which is often intended: a note. Any other
 * account, or any account when the role is unknown, is foreign-account-trust-without-condition.
 */
export const accountTrustWithoutCondition = defineRule({
  id: 'account-trust-without-condition',
  severity: 'info',
  category: 'security',
  summary: "The role's own account trusted as a whole with no condition",
  docs: { references: [REF.principal, REF.trustPolicyBlog] },
  check(ctx) {
    const role = ctx.role;
    if (role === undefined) return;
    for (const { statement, entry } of unconditionedAccountTrusts(ctx.policy)) {
      if (entry.account !== role.account) continue;
      ctx.report(entry.path, {
        message: `${statementLabel(statement)} trusts all of account ${role.account}, this role's own: any user or role there whose own policies allow sts:AssumeRole on this role can assume it, today or later.`,
        help: 'Name the role or user ARN instead, or keep the account and add "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::ACCOUNT:role/..."}.',
      });
    }
  },
});

import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { unconditionedAccountTrusts } from '../../statement-facts.js';

/**
 * AWS's third-party guidance (external ID page) and the confused-deputy page: an account that
 * is not your own, trusted with no condition, lets anyone its administrators allow assume the
 * role, and makes a vendor that serves several customers a confused deputy. Without the role's
 * ARN the account cannot be known to be the role's own, so the same warning applies.
 */
export const foreignAccountTrustWithoutCondition = defineRule({
  id: 'foreign-account-trust-without-condition',
  severity: 'warning',
  category: 'security',
  summary: 'Another account (or any account, when the role is unknown) trusted as a whole with no condition',
  docs: {
    references: [REF.externalId, REF.confusedDeputy, REF.assumeRole, REF.principal, REF.trustPolicyBlog],
  },
  check(ctx) {
    const role = ctx.role;
    for (const { statement, entry } of unconditionedAccountTrusts(ctx.policy)) {
      const account = entry.account ?? entry.value;
      if (role !== undefined && account === role.account) continue;
      ctx.report(entry.path, {
        message:
          role === undefined
            ? `${statementLabel(statement)} trusts all of account ${account} with no condition, and without the role's ARN it may not be this role's own account: any user or role there whose own policies allow sts:AssumeRole can assume this role, and a third party serving several customers could be made to assume it for another customer.`
            : `${statementLabel(statement)} trusts all of account ${account}, which is not this role's account (${role.account}), with no condition: any user or role there whose own policies allow sts:AssumeRole can assume this role, and a third party serving several customers could be made to assume it for another customer.`,
        help: 'For a third party, add "StringEquals": {"sts:ExternalId": "<the ID the vendor gave you>"}; for callers you know, pin them with "ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::ACCOUNT:role/NAME"} or name that role as the Principal. If the account is your own, set the role ARN (or an aws:PrincipalOrgID condition).',
      });
    }
  },
});

import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { narrowingKeys } from '../../statement-facts.js';

const IDENTITY = new Set(['aws:principalarn', 'aws:userid', 'aws:username', 'aws:principaltype']);

/**
 * Semantics reference §7 pattern 25; Checkov CKV_AWS_61. Trusting an account hands the decision
 * to that account's identity policies. Often intended, so a note; foreign accounts are left to
 * cross-account-without-external-id so one principal gets one note.
 */
export const accountTrustWithoutCondition = defineRule({
  id: 'account-trust-without-condition',
  severity: 'info',
  category: 'security',
  summary: 'A whole account trusted with no condition',
  docs: { references: [REF.principal, REF.trustPolicyBlog] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.principal === undefined || s.principal.not || s.conditions.length > 0)
        continue;
      for (const entry of s.principal.entries) {
        if (entry.kind !== 'account' && entry.kind !== 'root') continue;
        if (ctx.role !== undefined && entry.account !== ctx.role.account) continue;
        const keys = narrowingKeys(ctx.policy, s, entry);
        if ([...keys].some((k) => IDENTITY.has(k))) continue;
        ctx.report(entry.path, {
          message: `${statementLabel(s)} trusts all of account ${entry.account ?? entry.value}: any user or role there whose own policies allow sts:AssumeRole on this role can assume it, today or later.`,
          help: 'Name the role or user ARN instead, or keep the account and add "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::ACCOUNT:role/..."}.',
        });
      }
    }
  },
});

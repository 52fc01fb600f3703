import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { narrowingKeys, unconditionedAccountTrusts } from '../../statement-facts.js';

/**
 * Semantics reference §7 pattern 8. Only a vendor that serves many customers can be made a
 * confused deputy, and whether an account is one cannot be known offline; so this is a note,
 * and only when the role's own account is known and differs. An organisation condition means
 * the account is one of yours, which is not the third-party case. An account trusted with no
 * condition at all gets the warning foreign-account-trust-without-condition instead (one
 * finding per principal).
 */
export const crossAccountWithoutExternalId = defineRule({
  id: 'cross-account-without-external-id',
  severity: 'info',
  category: 'security',
  summary: 'Another account trusted as a whole without sts:ExternalId',
  docs: { references: [REF.externalId, REF.confusedDeputy] },
  check(ctx) {
    const role = ctx.role;
    if (role === undefined) return;
    const unconditioned = new Set(unconditionedAccountTrusts(ctx.policy).map((t) => t.entry));
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.principal === undefined || s.principal.not) continue;
      for (const entry of s.principal.entries) {
        if ((entry.kind !== 'account' && entry.kind !== 'root') || entry.account === role.account) continue;
        if (unconditioned.has(entry)) continue;
        const keys = narrowingKeys(ctx.policy, s, entry);
        if (keys.has('sts:externalid') || keys.has('aws:principalorgid') || keys.has('aws:principalorgpaths'))
          continue;
        ctx.report(entry.path, {
          message: `${statementLabel(s)} trusts all of account ${entry.account ?? entry.value}, which is not this role's account (${role.account}), without sts:ExternalId: if it is a third party serving several customers, another customer could get it to assume this role for them.`,
          help: 'For a vendor, add "StringEquals": {"sts:ExternalId": "<the ID the vendor gave you>"}; for an account of your own, nothing is needed.',
        });
      }
    }
  },
});

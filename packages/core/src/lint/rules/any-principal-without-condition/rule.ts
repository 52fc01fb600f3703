import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { narrowingKeys } from '../../statement-facts.js';

/**
 * Keys that say who the caller is. sts:ExternalId is deliberately absent: it is a secret shared
 * with a third party, not an identity check. aws:SourceAccount/SourceArn count because "*" may
 * also match service principals acting for a resource.
 */
const IDENTITY_KEYS = [
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:userid',
  'aws:PrincipalServiceName',
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
];
const IDENTITY = new Set(IDENTITY_KEYS.map((k) => k.toLowerCase()));

/** Semantics reference §7 pattern 1; Checkov CKV_AWS_60 (which ignores conditions). */
export const anyPrincipalWithoutCondition = defineRule({
  id: 'any-principal-without-condition',
  severity: 'warning',
  category: 'security',
  summary: 'An Allow for every AWS principal ("*") with no condition that pins who the caller is',
  docs: { references: [REF.principal, REF.globalKeys, REF.trustPolicyBlog] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.principal === undefined || s.principal.not) continue;
      const everyone = s.principal.entries.find((e) => e.kind === 'any-aws');
      if (everyone === undefined) continue;
      const keys = narrowingKeys(ctx.policy, s, everyone);
      if ([...keys].some((k) => IDENTITY.has(k))) continue;
      const onlySecret = keys.has('sts:externalid');
      ctx.report(everyone.path, {
        message: `${statementLabel(s)} lets any AWS principal in any account assume this role, and no condition pins who the caller is${onlySecret ? ' (sts:ExternalId is a shared secret, not an identity check)' : ''}.`,
        help: 'Add a condition on aws:PrincipalOrgID, aws:PrincipalAccount or aws:PrincipalArn, or name the trusted account or role instead of "*".',
      });
    }
  },
});

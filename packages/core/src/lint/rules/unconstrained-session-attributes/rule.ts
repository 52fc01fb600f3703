import { compileActionPattern, matchAction } from '../../../action/match-action.js';
import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { AWS_IDENTITY_KINDS, clausesOf, principalsOf } from '../../statement-facts.js';

const TAG_KEYS = (key: string): boolean =>
  key.startsWith('aws:requesttag/') || key === 'aws:tagkeys' || key === 'sts:transitivetagkeys';

/**
 * Semantics reference §7 pattern 28. Only for AWS identities: they choose the tags and source
 * identity they pass, while a SAML or OIDC provider's attributes come from the trusted IdP and a
 * service sets its own (EKS Pod Identity, Roles Anywhere).
 */
export const unconstrainedSessionAttributes = defineRule({
  id: 'unconstrained-session-attributes',
  severity: 'info',
  category: 'security',
  summary: 'sts:TagSession or sts:SetSourceIdentity allowed to AWS callers with no limit on the values',
  docs: { references: [REF.sessionTags, REF.sourceIdentity, REF.iamStsKeys] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.action === undefined || s.action.not) continue;
      if (!principalsOf(s).some((e) => AWS_IDENTITY_KINDS.has(e.kind) || e.kind === 'any-aws')) continue;
      const keys = clausesOf(s).map((c) => c.key);
      const tagsFree = !keys.some(TAG_KEYS);
      const identityFree = !keys.includes('sts:sourceidentity');
      for (const pattern of s.action.patterns) {
        const glob = compileActionPattern(pattern.value);
        const open = [
          ...(tagsFree && matchAction(glob, 'sts:TagSession') ? ['sts:TagSession (any session tags)'] : []),
          ...(identityFree && matchAction(glob, 'sts:SetSourceIdentity')
            ? ['sts:SetSourceIdentity (any source identity)']
            : []),
        ];
        if (open.length === 0) continue;
        ctx.report(pattern.path, {
          message: `${statementLabel(s)} allows ${open.join(' and ')}: callers choose values that downstream policies may trust.`,
          help: 'Limit them with conditions such as "ForAllValues:StringEquals": {"aws:TagKeys": [...]} and "StringLike": {"sts:SourceIdentity": "..."}, if anything relies on them.',
        });
      }
    }
  },
});

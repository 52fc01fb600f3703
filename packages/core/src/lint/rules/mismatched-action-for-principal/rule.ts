import { canonicalAction } from '../../../action/sts-actions.js';
import type { PolicyPrincipalKind } from '../../../principal/policy-principal.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/** Which principal kinds can call each assume action (Access Analyzer "Mismatched action for principal"). */
const CALLERS: Partial<Record<string, { kinds: ReadonlySet<PolicyPrincipalKind>; who: string }>> = {
  'sts:AssumeRole': {
    kinds: new Set([
      'any-aws',
      'account',
      'root',
      'user',
      'role',
      'assumed-role',
      'federated-user',
      'unique-id',
      'service',
    ]),
    who: 'an AWS or Service principal',
  },
  'sts:AssumeRoleWithSAML': {
    kinds: new Set(['saml-provider']),
    who: 'a SAML provider (Federated saml-provider ARN)',
  },
  'sts:AssumeRoleWithWebIdentity': {
    kinds: new Set(['oidc-provider', 'web-identity-provider']),
    who: 'an OIDC provider or web identity provider (Federated)',
  },
};

export const mismatchedActionForPrincipal = defineRule({
  id: 'mismatched-action-for-principal',
  severity: 'error',
  category: 'validity',
  summary: 'An assume action that none of the statement’s principals can call',
  docs: {
    references: [REF.accessAnalyzerChecks, REF.principal],
    accessAnalyzer: ['Mismatched action for principal'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.principal === undefined || s.principal.not || s.action === undefined || s.action.not) continue;
      const kinds = s.principal.entries.map((e) => e.kind).filter((k) => k !== 'invalid');
      if (kinds.length === 0) continue;
      for (const pattern of s.action.patterns) {
        const action = canonicalAction(pattern.value);
        const callers = action === undefined ? undefined : CALLERS[action];
        if (callers === undefined || kinds.some((k) => callers.kinds.has(k))) continue;
        ctx.report(pattern.path, {
          message: `${action} is called by ${callers.who}, and this statement names none.`,
          help: 'SAML providers use sts:AssumeRoleWithSAML, OIDC providers sts:AssumeRoleWithWebIdentity, AWS and Service principals sts:AssumeRole.',
        });
      }
    }
  },
});

import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/**
 * Semantics reference §2.1: credentials from GetFederationToken cannot call AWS STS operations
 * other than GetCallerIdentity, so a federated-user session never assumes a role.
 */
export const federatedUserPrincipal = defineRule({
  id: 'federated-user-principal',
  severity: 'warning',
  category: 'correctness',
  summary: 'A federated-user session principal, which can never call sts:AssumeRole',
  docs: { references: [REF.getFederationToken, REF.principal] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const entry of s.principal?.entries ?? []) {
        if (entry.kind !== 'federated-user') continue;
        ctx.report(entry.path, {
          message: `${JSON.stringify(entry.value)} is a GetFederationToken session, whose credentials cannot call sts:AssumeRole: this principal never matches a caller.`,
          help: 'Trust the IAM user or role that should assume the role instead.',
        });
      }
    }
  },
});

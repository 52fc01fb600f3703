import { statementLabel } from '../../../model/policy.js';
import type { PolicyPrincipal } from '../../../principal/policy-principal.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/** What an entry matches, so equal identities compare equal: an account ID and its root ARN are one. */
function identity(e: PolicyPrincipal): string {
  if (e.kind === 'account' || e.kind === 'root') return `account:${e.account ?? ''}`;
  return `${e.key}:${e.value}`;
}

/**
 * Access Analyzer "Redundant principal in role trust policy"; semantics reference §7 pattern 27:
 * an assumed-role session listed beside its role, or the same principal twice.
 */
export const redundantPrincipal = defineRule({
  id: 'redundant-principal',
  severity: 'info',
  category: 'style',
  summary: 'A principal already covered by another entry of the same statement',
  docs: {
    references: [REF.principal, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Redundant principal in role trust policy'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      const entries = s.principal?.entries.filter((e) => e.kind !== 'invalid') ?? [];
      const seen = new Map<string, PolicyPrincipal>();
      for (const e of entries) {
        const id = identity(e);
        const earlier = seen.get(id);
        if (earlier !== undefined) {
          ctx.report(e.path, {
            message: `${JSON.stringify(e.value)} repeats ${JSON.stringify(earlier.value)} in ${statementLabel(s)}.`,
            help: 'Remove one of them.',
          });
          continue;
        }
        seen.set(id, e);
        if (e.kind !== 'assumed-role') continue;
        const role = entries.find(
          (r) =>
            r.kind === 'role' && r.account === e.account && r.partition === e.partition && r.name === e.name,
        );
        if (role !== undefined) {
          ctx.report(e.path, {
            message: `The session ${JSON.stringify(e.value)} is already covered by its role ${JSON.stringify(role.value)} in ${statementLabel(s)}, which trusts every session of that role.`,
            help: 'Remove the session ARN, or the role if only that session was meant.',
          });
        }
      }
    }
  },
});

import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/**
 * Access Analyzer "Invalid role reference" / "Invalid user reference"; semantics reference §2.4
 * and §7 pattern 26. IAM stores principals as unique IDs and shows the ID when the user or role
 * was deleted; a new one with the same name has a new ID and does not match.
 */
export const principalUniqueId = defineRule({
  id: 'principal-unique-id',
  severity: 'warning',
  category: 'correctness',
  summary: 'A principal given as a unique ID (AROA…, AIDA…) rather than an ARN',
  docs: {
    references: [REF.identifiers, REF.principal, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid role reference', 'Invalid user reference'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const entry of s.principal?.entries ?? []) {
        if (entry.kind !== 'unique-id') continue;
        const what = entry.value.startsWith('AROA') ? 'role' : 'user';
        ctx.report(entry.path, {
          message: `"${entry.value}" is the unique ID of an IAM ${what}, which IAM shows when the ${what} it named was deleted: a ${what} re-created with the same name does not match it.`,
          help: `Write the ${what}'s ARN (arn:aws:iam::ACCOUNT:${what}/NAME) and save the policy again.`,
        });
      }
    }
  },
});

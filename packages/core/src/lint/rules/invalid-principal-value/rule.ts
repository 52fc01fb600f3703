import { PRINCIPAL_KEYS } from '../../../principal/policy-principal.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

const KEYS: ReadonlySet<string> = new Set(PRINCIPAL_KEYS);

/**
 * Malformed account IDs, ARNs, service and provider names (Access Analyzer "Invalid principal
 * format", "Invalid service principal format", "Invalid federated principal syntax").
 * Whether a well-formed ARN exists is checked by IAM at save time; an offline tool cannot.
 */
export const invalidPrincipalValue = defineRule({
  id: 'invalid-principal-value',
  severity: 'error',
  category: 'validity',
  summary: 'A principal value that is not a valid account, ARN, service or provider',
  docs: {
    references: [REF.principal, REF.identifiers, REF.accessAnalyzerChecks],
    accessAnalyzer: [
      'Invalid principal format',
      'Invalid service principal format',
      'Invalid federated principal syntax in role trust policy',
    ],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const entry of s.principal?.entries ?? []) {
        if (entry.kind !== 'invalid' || !KEYS.has(entry.key) || /[*?]/.test(entry.value)) continue;
        ctx.report(entry.path, {
          message: entry.problem ?? `Invalid ${entry.key} principal ${JSON.stringify(entry.value)}.`,
        });
      }
    }
  },
});

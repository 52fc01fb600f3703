import { getMember } from '../../../json/json-node.js';
import { PRINCIPAL_KEYS } from '../../../principal/policy-principal.js';
import { defineRule } from '../../define-rule.js';
import { objectStatements, quote } from '../../rule-helpers.js';
import { REF } from '../../references.js';

const KEYS: ReadonlySet<string> = new Set(PRINCIPAL_KEYS);

/** Access Analyzer "Invalid principal key". */
export const invalidPrincipalKey = defineRule({
  id: 'invalid-principal-key',
  severity: 'error',
  category: 'validity',
  summary: 'A Principal key other than AWS, Service, Federated or CanonicalUser',
  docs: {
    references: [REF.principal, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid principal key'],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      for (const element of ['Principal', 'NotPrincipal']) {
        const value = getMember(node, element)?.value;
        if (value?.kind !== 'object') continue;
        for (const { key } of value.members) {
          if (KEYS.has(key)) continue;
          const near = PRINCIPAL_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
          ctx.report([...statement.path, element, key], {
            target: 'key',
            message: `${quote(key)} is not a principal type.`,
            help:
              near === undefined
                ? 'Use AWS, Service or Federated.'
                : `Principal keys are case-sensitive: write ${quote(near)}.`,
          });
        }
      }
    }
  },
});

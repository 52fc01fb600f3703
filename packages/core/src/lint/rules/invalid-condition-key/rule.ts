import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/** Access Analyzer "Invalid condition key format": keys are `prefix:name`. */
export const invalidConditionKey = defineRule({
  id: 'invalid-condition-key',
  severity: 'error',
  category: 'validity',
  summary: 'A condition key not written prefix:name',
  docs: {
    references: [REF.condition, REF.globalKeys, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid condition key format'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const clause of s.conditions) {
        const colon = clause.key.indexOf(':');
        if (colon > 0 && colon < clause.key.length - 1 && !/\s/.test(clause.key)) continue;
        ctx.report(clause.path, {
          target: 'key',
          message: `${JSON.stringify(clause.key)} is not a condition key; keys are written prefix:name, such as sts:ExternalId.`,
        });
      }
    }
  },
});

import { parseOperator } from '../../../conditions/operator-names.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/** Access Analyzer "Invalid condition multiple Boolean". */
export const boolMultipleValues = defineRule({
  id: 'bool-multiple-values',
  severity: 'error',
  category: 'validity',
  summary: 'A Bool condition with more than one value',
  docs: {
    references: [REF.operators, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid condition multiple Boolean'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const clause of s.conditions) {
        if (parseOperator(clause.operator)?.base.name !== 'Bool' || clause.values.length < 2) continue;
        ctx.report(clause.path, {
          message: `Bool takes one value; ${clause.key} has ${clause.values.length}.`,
          help: 'Keep "true" or "false".',
        });
      }
    }
  },
});

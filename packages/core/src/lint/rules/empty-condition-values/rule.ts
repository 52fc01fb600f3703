import { nodeAt } from '../../../json/json-path.js';
import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf, falseWhenMissing } from '../../statement-facts.js';

/**
 * Semantics reference §1.4 and §4.5: an empty value list (`"sts:ExternalId": []`) has no
 * documented meaning; Access Analyzer flags it. Trustwright reads it as matching no value.
 */
export const emptyConditionValues = defineRule({
  id: 'empty-condition-values',
  severity: 'warning',
  category: 'correctness',
  summary: 'A condition key with an empty list of values',
  docs: { references: [REF.condition, REF.accessAnalyzerChecks], accessAnalyzer: ['Empty array condition'] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const c of clausesOf(s)) {
        const node = nodeAt(ctx.root, c.clause.path);
        if (node?.kind !== 'array' || node.items.length > 0) continue;
        ctx.report(c.clause.path, {
          message: `${c.clause.key} under ${c.clause.operator} in ${statementLabel(s)} has an empty list of values; AWS does not document what that means${falseWhenMissing(c) ? ' (read here as matching nothing, so the statement never applies)' : ''}.`,
          help: 'List the values that were meant, or remove the key.',
        });
      }
    }
  },
});

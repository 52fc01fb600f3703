import { getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { removeMember, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { objectStatements } from '../../rule-helpers.js';

/**
 * Semantics reference §1.4: `"Condition": {}` (common in generated templates) and an operator
 * with no keys impose nothing; Access Analyzer flags them as having no effect.
 */
export const emptyCondition = defineRule({
  id: 'empty-condition',
  severity: 'info',
  category: 'style',
  summary: 'An empty Condition or condition operator, which imposes nothing',
  docs: { references: [REF.condition, REF.accessAnalyzerChecks], accessAnalyzer: ['Empty object condition'] },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      const condition = getMember(node, 'Condition')?.value;
      if (condition?.kind !== 'object') continue;
      const path = [...statement.path, 'Condition'];
      if (condition.members.length === 0) {
        ctx.report(path, {
          message: 'The Condition is empty, so it imposes nothing.',
          help: 'Remove it, or add the condition that was meant.',
          // An empty Condition is true for every request: removing it changes no verdict.
          suggestions: suggestion('Remove the empty Condition', false, [
            removeMember(ctx, statement.path, 'Condition'),
          ]),
        });
        continue;
      }
      for (const { key, value } of condition.members) {
        if (value.kind !== 'object' || value.members.length > 0) continue;
        ctx.report([...path, key], {
          target: 'key',
          message: `${key} has no condition keys, so it imposes nothing.`,
          help: 'Remove it, or add the key that was meant.',
          suggestions: suggestion(`Remove the empty ${key}`, false, [removeMember(ctx, path, key)]),
        });
      }
    }
  },
});

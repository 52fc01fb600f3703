import { describeKind, getMember, isScalar } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { objectStatements } from '../../rule-helpers.js';

/** Condition is { operator: { key: value | [values] } }; values are strings, numbers or booleans. */
export const invalidConditionBlock = defineRule({
  id: 'invalid-condition-block',
  severity: 'error',
  category: 'validity',
  summary: 'A Condition that is not shaped { operator: { key: value } }',
  docs: {
    references: [REF.condition, REF.grammar],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      const condition = getMember(node, 'Condition')?.value;
      if (condition === undefined) continue;
      const path = [...statement.path, 'Condition'];
      if (condition.kind !== 'object') {
        ctx.report(path, {
          message: `Condition must be an object of operators, not ${describeKind(condition)}.`,
        });
        continue;
      }
      for (const { key: operator, value: block } of condition.members) {
        if (block.kind !== 'object') {
          ctx.report([...path, operator], {
            message: `${operator} must map condition keys to values, not be ${describeKind(block)}.`,
          });
          continue;
        }
        for (const { key, value } of block.members) {
          const valuePath = [...path, operator, key];
          if (value.kind === 'array') {
            value.items.forEach((item, i) => {
              if (!isScalar(item))
                ctx.report([...valuePath, i], {
                  message: `Condition values must be strings, numbers or booleans, not ${describeKind(item)}.`,
                });
            });
          } else if (!isScalar(value)) {
            ctx.report(valuePath, {
              message: `The value of ${key} must be a string, number, boolean or an array of them, not ${describeKind(value)}.`,
            });
          }
        }
      }
    }
  },
});

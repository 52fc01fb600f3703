import { describeKind } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

export const invalidStatement = defineRule({
  id: 'invalid-statement',
  severity: 'error',
  category: 'validity',
  summary: 'A statement that is not a JSON object',
  docs: {
    references: [REF.statement, REF.grammar],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.node.kind !== 'object') {
        ctx.report(s.path, {
          message: `Each statement must be an object; Statement entry ${s.index + 1} is ${describeKind(s.node)}.`,
        });
      }
    }
  },
});

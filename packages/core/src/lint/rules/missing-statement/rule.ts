import { describeKind, getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

export const missingStatement = defineRule({
  id: 'missing-statement',
  severity: 'error',
  category: 'validity',
  summary: 'Statement is missing, empty, or neither an object nor an array',
  docs: {
    references: [REF.statement, REF.grammar],
  },
  check(ctx) {
    if (ctx.root.kind !== 'object') return;
    const statement = getMember(ctx.root, 'Statement')?.value;
    if (statement === undefined) {
      ctx.report([], {
        message: 'The policy has no Statement; IAM rejects it.',
        help: 'Add "Statement": [ { "Effect": ..., "Principal": ..., "Action": ... } ].',
      });
    } else if (statement.kind === 'array' && statement.items.length === 0) {
      ctx.report(['Statement'], {
        message: 'Statement is an empty array; IAM rejects it ("Statement is empty!").',
      });
    } else if (statement.kind !== 'array' && statement.kind !== 'object') {
      ctx.report(['Statement'], {
        message: `Statement must be an object or an array of objects, not ${describeKind(statement)}.`,
      });
    }
  },
});

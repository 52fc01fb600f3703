import { getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { objectStatements } from '../../rule-helpers.js';

/** Exactly one of Action and NotAction, holding at least one action. */
export const missingAction = defineRule({
  id: 'missing-action',
  severity: 'error',
  category: 'validity',
  summary: 'A statement without Action, with both Action and NotAction, or with an empty action list',
  docs: {
    references: [REF.action, REF.grammar],
    accessAnalyzer: ['Missing action'],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      const action = getMember(node, 'Action');
      const notAction = getMember(node, 'NotAction');
      if (action === undefined && notAction === undefined) {
        ctx.report(statement.path, {
          message: 'The statement has no Action.',
          help: 'Add "Action": "sts:AssumeRole" (or the STS action the caller uses).',
        });
        continue;
      }
      if (action !== undefined && notAction !== undefined) {
        ctx.report([...statement.path, 'NotAction'], {
          target: 'key',
          message: 'A statement cannot have both Action and NotAction.',
        });
      }
      const member = action ?? notAction;
      if (member === undefined) continue;
      const value = member.value;
      const path = [...statement.path, member.key];
      if (value.kind === 'array' && value.items.length === 0)
        ctx.report(path, { message: `${member.key} is an empty array.` });
      else if (
        value.kind === 'array' ? value.items.some((i) => i.kind !== 'string') : value.kind !== 'string'
      ) {
        ctx.report(path, { message: `${member.key} must be a string or an array of strings.` });
      }
    }
  },
});

import { describeKind, getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { objectStatements } from '../../rule-helpers.js';

/** Every trust-policy statement names who it is about; an empty Principal is rejected too. */
export const missingPrincipal = defineRule({
  id: 'missing-principal',
  severity: 'error',
  category: 'validity',
  summary: 'A statement without a Principal, or with an empty one',
  docs: {
    references: [REF.principal, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Missing principal'],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      const member = getMember(node, 'Principal') ?? getMember(node, 'NotPrincipal');
      if (member === undefined) {
        ctx.report(statement.path, {
          message:
            'The statement has no Principal; every statement of a trust policy must say who may assume the role.',
          help: 'Add a Principal such as {"AWS": "arn:aws:iam::111122223333:root"} or {"Service": "ec2.amazonaws.com"}.',
        });
        continue;
      }
      const path = [...statement.path, member.key];
      const value = member.value;
      if (value.kind === 'object' && value.members.length === 0) {
        ctx.report(path, {
          message: `${member.key} is an empty object; IAM rejects it ("cannot be empty").`,
        });
      } else if (value.kind === 'object') {
        for (const { key, value: inner } of value.members) {
          const empty = inner.kind === 'array' && inner.items.length === 0;
          const wrong = inner.kind !== 'string' && inner.kind !== 'array';
          const badItem = inner.kind === 'array' && inner.items.some((i) => i.kind !== 'string');
          if (empty)
            ctx.report([...path, key], {
              message: `${member.key}.${key} is an empty array: the statement trusts nobody.`,
            });
          else if (wrong || badItem)
            ctx.report([...path, key], {
              message: `${member.key}.${key} must be a string or an array of strings.`,
            });
        }
      } else if (value.kind !== 'string') {
        ctx.report(path, {
          message: `${member.key} must be an object such as {"AWS": "..."}, not ${describeKind(value)}.`,
        });
      }
    }
  },
});

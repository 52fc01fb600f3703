import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import {
  blockClauses,
  clausesOf,
  hasSiblingOperator,
  isMultiValued,
  withBase,
} from '../../statement-facts.js';

/**
 * Semantics reference §4.5 and §7 pattern 22: how a plain operator compares a request key with
 * several values is not documented (Trustwright takes the conservative reading); the documented
 * forms are ForAnyValue and ForAllValues.
 */
export const plainOperatorOnMultivaluedKey = defineRule({
  id: 'plain-operator-on-multivalued-key',
  severity: 'warning',
  category: 'correctness',
  summary: 'A multivalued key tested without ForAnyValue or ForAllValues',
  docs: { references: [REF.multiValued, REF.operators] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const { clause, op, key } of clausesOf(s)) {
        if (op === undefined || op.qualifier !== undefined || op.base.name === 'Null' || !isMultiValued(key))
          continue;
        const target = withBase(op, op.base.name, 'ForAnyValue');
        const fixable =
          blockClauses(s, clause.operatorPath).every((c) => isMultiValued(c.key.toLowerCase())) &&
          !hasSiblingOperator(s, clause.operatorPath, target);
        ctx.report(clause.path, {
          target: 'key',
          message: `${clause.key} can hold several values, and AWS does not document how ${clause.operator} compares a list: write ${target} (one value must match) or ForAllValues:${op.base.name} (every value must match).`,
          help: `${target} is what most policies mean.`,
          ...(fixable
            ? {
                suggestions: suggestion(`Write "${target}"`, true, [
                  renameKey(ctx, clause.operatorPath.slice(0, -1), clause.operator, target),
                ]),
              }
            : {}),
        });
      }
    }
  },
});

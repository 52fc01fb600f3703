import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import {
  blockClauses,
  clausesOf,
  hasSiblingOperator,
  isSingleValued,
  withBase,
} from '../../statement-facts.js';

/**
 * Access Analyzer "ForAllValues with single valued key" (a security warning): ForAllValues is
 * vacuously true when the key is missing, so in an Allow a request without the key passes.
 * Old GitHub examples used ForAllValues:StringLike on `...:sub`.
 */
export const forAllValuesSingleValuedKey = defineRule({
  id: 'for-all-values-single-valued-key',
  severity: 'warning',
  category: 'security',
  summary: 'ForAllValues on a single-valued key in an Allow',
  docs: {
    references: [REF.multiValued, REF.accessAnalyzerChecks],
    accessAnalyzer: ['ForAllValues with single valued key'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow') continue;
      for (const { clause, op, key } of clausesOf(s)) {
        if (op?.qualifier !== 'ForAllValues' || op.base.name === 'Null' || !isSingleValued(key)) continue;
        const plain = withBase(op, op.base.name, null);
        // Dropping the qualifier is right for the whole block only if every key in it is single-valued.
        const fixable =
          blockClauses(s, clause.operatorPath).every((c) => isSingleValued(c.key.toLowerCase())) &&
          !hasSiblingOperator(s, clause.operatorPath, plain);
        ctx.report(clause.path, {
          target: 'key',
          message: `${clause.key} is documented as single-valued, and ${clause.operator} is true when the request has no value for it: a request without ${clause.key} passes this condition.`,
          help: `Use ${plain}, which is false when the key is missing.`,
          ...(fixable
            ? {
                suggestions: suggestion(`Write "${plain}"`, true, [
                  renameKey(ctx, clause.operatorPath.slice(0, -1), clause.operator, plain),
                ]),
              }
            : {}),
        });
      }
    }
  },
});

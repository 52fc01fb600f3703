import { lookupKey } from '../../../conditions/context-keys.js';
import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { blockClauses, clausesOf, hasSiblingOperator, hasWildcard, withBase } from '../../statement-facts.js';

const ARN_LIKE: Record<string, string> = { StringLike: 'ArnLike', StringNotLike: 'ArnNotLike' };
const isArnKey = (key: string): boolean => lookupKey(key)?.type === 'ARN';

/**
 * Semantics reference §4.3 and §7 pattern 34: under StringLike a `*` also spans the colons
 * between ARN fields (`arn:aws:iam::*` matches any service and account), while ArnLike matches
 * each field on its own; AWS recommends ARN operators for ARN keys.
 */
export const stringOperatorOnArnKey = defineRule({
  id: 'string-operator-on-arn-key',
  severity: 'info',
  category: 'correctness',
  summary: 'An ARN key matched with StringLike, where * can span ARN fields',
  docs: { references: [REF.operators, REF.globalKeys] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const { clause, op, key } of clausesOf(s)) {
        const arnLike = op === undefined ? undefined : ARN_LIKE[op.base.name];
        if (op === undefined || arnLike === undefined || !isArnKey(key)) continue;
        if (!clause.values.some((v) => hasWildcard(v.text, ctx.policy.variablesEnabled))) continue;
        const target = withBase(op, arnLike);
        const fixable =
          blockClauses(s, clause.operatorPath).every((c) => isArnKey(c.key)) &&
          !hasSiblingOperator(s, clause.operatorPath, target);
        ctx.report(clause.path, {
          target: 'key',
          message: `${clause.operator} on ${clause.key} lets * run across the colons between ARN fields; ${target} matches each field on its own.`,
          help: `Write ${target}.`,
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

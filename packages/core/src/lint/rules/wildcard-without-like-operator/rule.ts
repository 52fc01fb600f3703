import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { clausesOf, hasSiblingOperator, hasWildcard, withBase } from '../../statement-facts.js';

const LIKE: Record<string, string> = { StringEquals: 'StringLike', StringNotEquals: 'StringNotLike' };

/**
 * Access Analyzer "Wildcard without like operator"; semantics reference §7 pattern 17. Under
 * StringEquals `*` and `?` are ordinary characters: an Allow never matches the pattern, a Deny
 * never fires. (ARN operators treat them as wildcards either way, so they are not reported.)
 */
export const wildcardWithoutLikeOperator = defineRule({
  id: 'wildcard-without-like-operator',
  severity: 'warning',
  category: 'correctness',
  summary: 'A * or ? under StringEquals, where it is compared literally',
  docs: {
    references: [REF.operators, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Wildcard without like operator'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const { clause, op } of clausesOf(s)) {
        if (op === undefined || op.base.family !== 'string' || op.base.wildcards) continue;
        const like = LIKE[op.base.name];
        const target = like === undefined ? undefined : withBase(op, like);
        const fixable = target !== undefined && !hasSiblingOperator(s, clause.operatorPath, target);
        for (const v of clause.values) {
          if (!hasWildcard(v.text, ctx.policy.variablesEnabled)) continue;
          ctx.report(v.path, {
            message: `${clause.operator} compares ${JSON.stringify(v.text)} literally: its * and ? are not wildcards, so ${clause.key} matches only that exact text.`,
            help:
              like === undefined
                ? 'There is no case-insensitive Like operator: use StringLike with the exact case, or list the values.'
                : `Use ${target} if you meant a pattern.`,
            ...(fixable && target !== undefined
              ? {
                  suggestions: suggestion(`Write "${target}"`, true, [
                    renameKey(ctx, clause.operatorPath.slice(0, -1), clause.operator, target),
                  ]),
                }
              : {}),
          });
        }
      }
    }
  },
});

import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { blockClauses, clausesOf, hasSiblingOperator, withBase } from '../../statement-facts.js';

const EQUALS: Record<string, string> = { StringLike: 'StringEquals', StringNotLike: 'StringNotEquals' };

/** `*`, `?` or a policy variable (whose value could hold them) make a Like operator do something. */
const patternish = (text: string): boolean => /[*?]|\$\{/.test(text);

/** Semantics reference §7 pattern 18: harmless, but it hides whether a pattern was meant. */
export const likeWithoutWildcard = defineRule({
  id: 'like-without-wildcard',
  severity: 'info',
  category: 'style',
  summary: 'StringLike with values that contain no wildcard',
  docs: { references: [REF.operators] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const { clause, op } of clausesOf(s)) {
        const equals = op === undefined ? undefined : EQUALS[op.base.name];
        if (op === undefined || equals === undefined || clause.values.length === 0) continue;
        if (clause.values.some((v) => patternish(v.text))) continue;
        const target = withBase(op, equals);
        // Renaming the block is exact only when no key under it uses a pattern.
        const fixable =
          blockClauses(s, clause.operatorPath).every((c) => !c.values.some((v) => patternish(v.text))) &&
          !hasSiblingOperator(s, clause.operatorPath, target);
        ctx.report(clause.path, {
          target: 'key',
          message: `${clause.operator} on ${clause.key} has no * or ? in its values, so it works exactly like ${target}.`,
          help: `Write ${target} to say an exact value is meant.`,
          ...(fixable
            ? {
                suggestions: suggestion(`Write "${target}"`, false, [
                  renameKey(ctx, clause.operatorPath.slice(0, -1), clause.operator, target),
                ]),
              }
            : {}),
        });
      }
    }
  },
});

import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { blockClauses, clausesOf, hasSiblingOperator } from '../../statement-facts.js';

const MFA = 'aws:multifactorauthpresent';

/**
 * Semantics reference §5.5 and §7 pattern 19, the reverse trap: Bool is false for a missing key,
 * so a Deny with Bool "false" never stops long-term access keys used without MFA (they send no
 * key). AWS's documented form is BoolIfExists "false" in the Deny.
 */
export const mfaBoolInDeny = defineRule({
  id: 'mfa-bool-in-deny',
  severity: 'warning',
  category: 'security',
  summary: 'Bool "false" on aws:MultiFactorAuthPresent in a Deny, which lets callers without the key through',
  docs: { references: [REF.mfa, REF.globalKeys, REF.operators] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Deny') continue;
      for (const { clause, op, key } of clausesOf(s)) {
        if (key !== MFA || op?.base.name !== 'Bool' || op.ifExists || op.qualifier !== undefined) continue;
        if (!clause.values.some((v) => v.text.toLowerCase() === 'false')) continue;
        const at = clause.operatorPath;
        const fixable = blockClauses(s, at).length === 1 && !hasSiblingOperator(s, at, 'BoolIfExists');
        ctx.report(at, {
          target: 'key',
          message: `${statementLabel(s)} denies only requests that say aws:MultiFactorAuthPresent is false; requests without the key, such as an IAM user's access keys used without MFA, are not denied.`,
          help: 'Write "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}, which also denies requests without the key.',
          ...(fixable
            ? {
                suggestions: suggestion('Write "BoolIfExists"', true, [
                  renameKey(ctx, at.slice(0, -1), clause.operator, 'BoolIfExists'),
                ]),
              }
            : {}),
        });
      }
    }
  },
});

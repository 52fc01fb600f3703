import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { blockClauses, clausesOf, hasSiblingOperator } from '../../statement-facts.js';

const MFA = 'aws:multifactorauthpresent';

/**
 * Semantics reference §5.5 and §7 pattern 19: long-term access keys used without MFA send no
 * aws:MultiFactorAuthPresent at all, and BoolIfExists is true for a missing key, so an Allow
 * with BoolIfExists "true" does not require MFA from them.
 */
export const mfaBoolIfExistsInAllow = defineRule({
  id: 'mfa-bool-if-exists-in-allow',
  severity: 'warning',
  category: 'security',
  summary: 'BoolIfExists "true" on aws:MultiFactorAuthPresent in an Allow, which admits callers without MFA',
  docs: { references: [REF.mfa, REF.globalKeys, REF.operators] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow') continue;
      for (const { clause, op, key } of clausesOf(s)) {
        if (key !== MFA || op?.base.name !== 'Bool' || !op.ifExists || op.qualifier !== undefined) continue;
        if (!clause.values.some((v) => v.text.toLowerCase() === 'true')) continue;
        const at = clause.operatorPath;
        const fixable = blockClauses(s, at).length === 1 && !hasSiblingOperator(s, at, 'Bool');
        ctx.report(at, {
          target: 'key',
          message: `${statementLabel(s)} uses ${clause.operator} on aws:MultiFactorAuthPresent: callers whose request has no such key, such as an IAM user's access keys used without MFA, are allowed without MFA.`,
          help: 'To require MFA, write "Bool": {"aws:MultiFactorAuthPresent": "true"}. Role sessions then cannot assume the role; if they must, give them their own statement.',
          ...(fixable
            ? {
                suggestions: suggestion('Write "Bool"', true, [
                  renameKey(ctx, at.slice(0, -1), clause.operator, 'Bool'),
                ]),
              }
            : {}),
        });
      }
    }
  },
});

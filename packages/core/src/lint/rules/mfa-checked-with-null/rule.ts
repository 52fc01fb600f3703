import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf } from '../../statement-facts.js';

/**
 * Semantics reference §5.5: Null "false" only says the key is present, and a console user who
 * signed in without MFA sends aws:MultiFactorAuthPresent = false, so it passes.
 */
export const mfaCheckedWithNull = defineRule({
  id: 'mfa-checked-with-null',
  severity: 'warning',
  category: 'security',
  summary: 'Null "false" on aws:MultiFactorAuthPresent in an Allow, which does not require MFA',
  docs: { references: [REF.mfa, REF.globalKeys] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow') continue;
      for (const { clause, op, key } of clausesOf(s)) {
        if (key !== 'aws:multifactorauthpresent' || op?.base.name !== 'Null' || op.qualifier !== undefined)
          continue;
        if (!clause.values.some((v) => v.text.toLowerCase() === 'false')) continue;
        ctx.report(clause.path, {
          target: 'key',
          message: `Null "false" in ${statementLabel(s)} only checks that aws:MultiFactorAuthPresent is present; a console user who signed in without MFA sends it as false and is allowed.`,
          help: 'Write "Bool": {"aws:MultiFactorAuthPresent": "true"}.',
        });
      }
    }
  },
});

import { compileActionPattern, matchAction } from '../../../action/match-action.js';
import { STS_ACTIONS } from '../../../action/sts-actions.js';
import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/**
 * Semantics reference §3.2 and §7 pattern 13; cfn_nag W14. In a trust policy the action universe
 * is six STS actions, so Allow + NotAction grants all the others, session tags and source
 * identity included. Whether IAM even accepts NotAction here is not documented.
 */
export const allowWithNotAction = defineRule({
  id: 'allow-with-not-action',
  severity: 'warning',
  category: 'security',
  summary: 'An Allow with NotAction, which grants every STS action not listed',
  docs: { references: [REF.notAction, REF.stsActions] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.action?.not !== true) continue;
      const globs = s.action.patterns.map((p) => compileActionPattern(p.value));
      const granted = STS_ACTIONS.filter((a) => !globs.some((g) => matchAction(g, a)));
      ctx.report(s.action.path, {
        target: 'key',
        message: `NotAction in ${statementLabel(s)} allows every STS action it does not list: ${granted.length === 0 ? 'none' : granted.join(', ')}.`,
        help: `List the actions the caller needs in "Action" instead.`,
      });
    }
  },
});

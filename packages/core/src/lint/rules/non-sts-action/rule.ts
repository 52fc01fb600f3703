import { expandActionPattern } from '../../../action/match-action.js';
import { STS_ACTIONS } from '../../../action/sts-actions.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/** IAM: "AssumeRole policy may only specify STS AssumeRole actions." */
export const nonStsAction = defineRule({
  id: 'non-sts-action',
  severity: 'error',
  category: 'validity',
  summary: 'An action outside the STS role-assumption actions',
  docs: {
    references: [REF.stsActions, REF.action],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const pattern of s.action?.patterns ?? []) {
        const value = pattern.value;
        const isSts = value.toLowerCase().startsWith('sts:');
        if (isSts && expandActionPattern(value).length > 0) continue;
        ctx.report(pattern.path, {
          message: isSts
            ? `${JSON.stringify(value)} is not an action a trust policy can grant.`
            : `${JSON.stringify(value)} is not an STS action; a trust policy may only name role-assumption actions.`,
          help: `Use ${STS_ACTIONS.slice(0, 3).join(', ')} and, when needed, ${STS_ACTIONS.slice(3).join(', ')}.`,
        });
      }
    }
  },
});

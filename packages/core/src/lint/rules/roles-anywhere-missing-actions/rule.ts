import { compileActionPattern, matchAction } from '../../../action/match-action.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

const REQUIRED = ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'];

/** Access Analyzer "Missing action for roles anywhere trust policy". */
export const rolesAnywhereMissingActions = defineRule({
  id: 'roles-anywhere-missing-actions',
  severity: 'error',
  category: 'validity',
  summary: 'IAM Roles Anywhere trusted without sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession',
  docs: {
    references: [REF.rolesAnywhere, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Missing action for roles anywhere trust policy'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      const trustsRolesAnywhere = s.principal?.entries.some(
        (e) => e.kind === 'service' && e.value === 'rolesanywhere.amazonaws.com',
      );
      if (!trustsRolesAnywhere || s.action === undefined || s.action.not || s.effect !== 'Allow') continue;
      const globs = s.action.patterns.map((p) => compileActionPattern(p.value));
      const missing = REQUIRED.filter((a) => !globs.some((g) => matchAction(g, a)));
      if (missing.length === 0) continue;
      ctx.report(s.action.path, {
        message: `IAM Roles Anywhere needs ${REQUIRED.join(', ')}; this statement lacks ${missing.join(', ')}.`,
      });
    }
  },
});

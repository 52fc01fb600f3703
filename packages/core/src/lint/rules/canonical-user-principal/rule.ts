import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

export const canonicalUserPrincipal = defineRule({
  id: 'canonical-user-principal',
  severity: 'error',
  category: 'validity',
  summary: 'CanonicalUser (an Amazon S3 concept) in a role trust policy',
  docs: {
    references: [REF.principal],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.principal === undefined || !s.principal.entries.some((e) => e.kind === 'canonical-user'))
        continue;
      ctx.report([...s.principal.path, 'CanonicalUser'], {
        target: 'key',
        message: 'CanonicalUser is an Amazon S3 principal type; it cannot assume an IAM role.',
        help: 'Use an AWS principal (account, user or role ARN).',
      });
    }
  },
});

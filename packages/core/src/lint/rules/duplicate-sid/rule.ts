import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

export const duplicateSid = defineRule({
  id: 'duplicate-sid',
  severity: 'error',
  category: 'validity',
  summary: 'Two statements with the same Sid',
  docs: {
    references: [REF.sid, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Unique Sids required'],
  },
  check(ctx) {
    const first = new Map<string, number>();
    for (const s of ctx.policy.statements) {
      if (s.sid === undefined || s.sid === '') continue;
      const earlier = first.get(s.sid);
      if (earlier === undefined) {
        first.set(s.sid, s.index);
        continue;
      }
      ctx.report([...s.path, 'Sid'], {
        message: `Sid ${JSON.stringify(s.sid)} is already used by statement ${earlier + 1}; each Sid must be unique.`,
      });
    }
  },
});

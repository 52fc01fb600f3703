import { defineRule } from '../../define-rule.js';
import { replaceValue, suggestion } from '../../edits.js';
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
    const taken = new Set(ctx.policy.statements.map((s) => s.sid));
    for (const s of ctx.policy.statements) {
      if (s.sid === undefined || s.sid === '') continue;
      const earlier = first.get(s.sid);
      if (earlier === undefined) {
        first.set(s.sid, s.index);
        continue;
      }
      let n = 2;
      while (taken.has(`${s.sid}${n}`)) n++;
      const renamed = `${s.sid}${n}`;
      taken.add(renamed);
      ctx.report([...s.path, 'Sid'], {
        message: `Sid ${JSON.stringify(s.sid)} is already used by statement ${earlier + 1}; each Sid must be unique.`,
        // A Sid is a label: renaming it never changes who can assume the role.
        suggestions: suggestion(`Rename to "${renamed}"`, false, [
          replaceValue(ctx, [...s.path, 'Sid'], renamed),
        ]),
      });
    }
  },
});

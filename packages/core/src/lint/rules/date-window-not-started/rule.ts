import { formatDate } from '../../../conditions/typed-values.js';
import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { hasNotStarted, isEmptyWindow, timeWindow } from '../../time-window.js';

/** Often planned (an engagement that starts next month), so a note rather than a warning. */
export const dateWindowNotStarted = defineRule({
  id: 'date-window-not-started',
  severity: 'info',
  category: 'correctness',
  summary: 'An Allow whose request-time window has not opened yet',
  docs: { references: [REF.operators, REF.globalKeys] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow') continue;
      const w = timeWindow(s);
      if (w.after === undefined || isEmptyWindow(w) || !hasNotStarted(w, ctx.now)) continue;
      ctx.report(w.after.clause.path, {
        message: `${statementLabel(s)} allows nobody until ${formatDate(w.after.ms)} (${w.after.clause.operator} ${w.after.clause.key}).`,
        help: 'Nothing to do if the start date is planned; otherwise move it.',
      });
    }
  },
});

import { formatDate } from '../../../conditions/typed-values.js';
import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { isEmptyWindow, timeWindow } from '../../time-window.js';

/** Semantics reference §7 pattern 15: a lower bound after the upper bound never holds, whatever the date. */
export const dateWindowEmpty = defineRule({
  id: 'date-window-empty',
  severity: 'warning',
  category: 'correctness',
  summary: 'A request-time window whose start is after its end, so the statement never applies',
  docs: { references: [REF.operators, REF.globalKeys] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      const w = timeWindow(s);
      if (w.after === undefined || w.before === undefined || !isEmptyWindow(w)) continue;
      ctx.report(w.before.clause.path, {
        message: `${statementLabel(s)} needs the request time to be after ${formatDate(w.after.ms)} (${w.after.clause.operator}) and before ${formatDate(w.before.ms)} (${w.before.clause.operator}), which never happens: the statement never applies.`,
        help: 'Swap the two dates, or fix the one that was mistyped.',
      });
    }
  },
});

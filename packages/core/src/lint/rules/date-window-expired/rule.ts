import { formatDate } from '../../../conditions/typed-values.js';
import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { hasEnded, isEmptyWindow, timeWindow } from '../../time-window.js';

/**
 * Semantics reference §7 pattern 15, relative to the lint clock: an Allow whose window has closed
 * is dead trust that still reads as access; a Deny whose window has closed no longer protects.
 */
export const dateWindowExpired = defineRule({
  id: 'date-window-expired',
  severity: 'warning',
  category: 'correctness',
  summary: 'A request-time window that has already closed',
  docs: { references: [REF.operators, REF.globalKeys] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      const w = timeWindow(s);
      if (w.before === undefined || s.effect === undefined || isEmptyWindow(w) || !hasEnded(w, ctx.now))
        continue;
      ctx.report(w.before.clause.path, {
        message: `The window of ${statementLabel(s)} closed at ${formatDate(w.before.ms)} (${w.before.clause.operator} ${w.before.clause.key}), so ${s.effect === 'Allow' ? 'it no longer allows anyone' : 'it no longer denies anything'}.`,
        help:
          s.effect === 'Allow'
            ? 'Remove the statement if the access has ended, or move the end date.'
            : 'Remove the statement, or move the end date if the Deny should still apply.',
      });
    }
  },
});

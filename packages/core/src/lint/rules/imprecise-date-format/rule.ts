import { formatDate, parseDate } from '../../../conditions/typed-values.js';
import { defineRule } from '../../define-rule.js';
import { replaceValue, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { clausesOf } from '../../statement-facts.js';

/** Why the written date may not mean what it seems, or undefined for a full date or date-time. */
function imprecision(text: string, key: string): string | undefined {
  const parsed = parseDate(text);
  if (parsed === undefined) return undefined;
  // Epoch seconds are the natural form of aws:EpochTime.
  if (parsed.form === 'epoch')
    return key === 'aws:epochtime'
      ? undefined
      : 'is epoch seconds, which Access Analyzer warns may not resolve as expected';
  if (parsed.form === 'w3c-no-zone') return 'has a time but no time zone (Trustwright reads it as UTC)';
  if (/^\d{4}(-\d{2})?$/.test(text))
    return 'has no day; whether IAM accepts year or year-month dates is not documented';
  return undefined;
}

/** Access Analyzer's advice on date values; semantics reference §4.3 and §7 pattern 16. */
export const impreciseDateFormat = defineRule({
  id: 'imprecise-date-format',
  severity: 'info',
  category: 'correctness',
  summary: 'A date written as epoch seconds, without a day, or without a time zone',
  docs: { references: [REF.operators, REF.w3cDates, REF.accessAnalyzerChecks] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const { clause, op, key } of clausesOf(s)) {
        if (op?.base.family !== 'date') continue;
        for (const v of clause.values) {
          const why = imprecision(v.text, key);
          const ms = parseDate(v.text)?.ms;
          if (why === undefined || ms === undefined) continue;
          const exact = formatDate(ms);
          ctx.report(v.path, {
            message: `${JSON.stringify(v.text)} ${why}.`,
            help: `Write ${exact}.`,
            // The rewritten value is the same instant the evaluator already reads.
            suggestions: suggestion(`Write "${exact}"`, false, [replaceValue(ctx, v.path, exact)]),
          });
        }
      }
    }
  },
});

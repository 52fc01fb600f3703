import { BASE_OPERATORS, parseOperator } from '../../../conditions/operator-names.js';
import type { JsonPath } from '../../../json/json-path.js';
import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';

/** Access Analyzer "Invalid condition operator". */
export const unknownConditionOperator = defineRule({
  id: 'unknown-condition-operator',
  severity: 'error',
  category: 'validity',
  summary: 'A condition operator IAM does not know',
  docs: {
    references: [REF.operators, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid condition operator'],
  },
  check(ctx) {
    // Clauses under one operator share its path array: report each operator once.
    const seen = new Set<JsonPath>();
    for (const s of ctx.policy.statements) {
      for (const clause of s.conditions) {
        const at = clause.operatorPath;
        if (seen.has(at)) continue;
        seen.add(at);
        const parsed = parseOperator(clause.operator);
        if (parsed !== undefined && parsed.canonical === clause.operator) continue;
        const close = parsed?.canonical ?? nearest(clause.operator);
        const free = close !== undefined && !s.conditions.some((c) => c.operator === close);
        ctx.report(clause.operatorPath, {
          target: 'key',
          message:
            parsed === undefined
              ? `${JSON.stringify(clause.operator)} is not a condition operator.`
              : `Condition operators are written ${JSON.stringify(parsed.canonical)}, not ${JSON.stringify(clause.operator)}.`,
          ...(close === undefined ? {} : { help: `Did you mean ${JSON.stringify(close)}?` }),
          // The evaluator reads operator names in any case, so a casing fix changes nothing; an
          // unknown operator never matches, so replacing it does change the verdicts.
          ...(close === undefined || !free
            ? {}
            : {
                suggestions: suggestion(`Write "${close}"`, parsed === undefined, [
                  renameKey(ctx, at.slice(0, -1), clause.operator, close),
                ]),
              }),
        });
      }
    }
  },
});

/** The closest operator name, keeping a ForAnyValue:/ForAllValues: prefix and an IfExists suffix. */
function nearest(written: string): string | undefined {
  const qualifier = /^ForAnyValues?:/i.test(written)
    ? 'ForAnyValue:'
    : /^ForAllValues?:/i.test(written)
      ? 'ForAllValues:'
      : '';
  const ifExists = /IfExists$/i.test(written) ? 'IfExists' : '';
  const bare = written
    .replace(/^For(Any|All)Values?:/i, '')
    .replace(/IfExists$/i, '')
    .toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const { name } of BASE_OPERATORS) {
    const distance = editDistance(bare, name.toLowerCase());
    if (distance <= 3 && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  if (best === undefined || (ifExists !== '' && best.name === 'Null')) return undefined;
  return `${qualifier}${best.name}${ifExists}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

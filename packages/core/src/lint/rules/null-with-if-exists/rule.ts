import { parseOperator } from '../../../conditions/operator-names.js';
import type { JsonPath } from '../../../json/json-path.js';
import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { hasSiblingOperator } from '../../statement-facts.js';

/** Access Analyzer "Null with if exists": Null already tests presence. */
export const nullWithIfExists = defineRule({
  id: 'null-with-if-exists',
  severity: 'error',
  category: 'validity',
  summary: 'The Null operator with IfExists',
  docs: {
    references: [REF.operators, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Null with if exists'],
  },
  check(ctx) {
    // Clauses under one operator share its path array: report each operator once.
    const seen = new Set<JsonPath>();
    for (const s of ctx.policy.statements) {
      for (const clause of s.conditions) {
        const op = parseOperator(clause.operator);
        const at = clause.operatorPath;
        if (op?.base.name !== 'Null' || !op.ifExists || seen.has(at)) continue;
        seen.add(at);
        const fixed = `${op.qualifier === undefined ? '' : `${op.qualifier}:`}Null`;
        ctx.report(clause.operatorPath, {
          target: 'key',
          message: 'Null cannot take IfExists: Null itself tests whether the key exists.',
          help: 'Write "Null".',
          // With IfExists a Null "false" is true for a missing key; without it, false.
          ...(hasSiblingOperator(s, at, fixed)
            ? {}
            : {
                suggestions: suggestion(`Write "${fixed}"`, true, [
                  renameKey(ctx, at.slice(0, -1), clause.operator, fixed),
                ]),
              }),
        });
      }
    }
  },
});

import { parseOperator } from '../../../conditions/operator-names.js';
import {
  normalizeBase64,
  parseBool,
  parseDate,
  parseIpRange,
  parseNumber,
} from '../../../conditions/typed-values.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

const EXPECTED: Record<string, { test: (text: string) => boolean; expected: string }> = {
  numeric: { test: (t) => parseNumber(t) !== undefined, expected: 'a number' },
  date: {
    test: (t) => parseDate(t) !== undefined,
    expected: 'an ISO 8601 date (2026-09-01 or 2026-09-01T00:00:00Z) or epoch seconds',
  },
  bool: { test: (t) => parseBool(t) !== undefined, expected: '"true" or "false"' },
  binary: { test: (t) => normalizeBase64(t) !== undefined, expected: 'base64 text' },
  ip: {
    test: (t) => parseIpRange(t) !== undefined,
    expected: 'an IPv4 or IPv6 address or CIDR range (203.0.113.0/24)',
  },
  null: { test: (t) => parseBool(t) !== undefined, expected: '"true" (key absent) or "false" (key present)' },
};

/** Access Analyzer "Type mismatch" / "Invalid date value": the operator cannot read the value. */
export const conditionValueType = defineRule({
  id: 'condition-value-type',
  severity: 'error',
  category: 'validity',
  summary: 'A condition value of the wrong type for its operator',
  docs: {
    references: [REF.operators, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Type mismatch', 'Invalid date value'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      for (const clause of s.conditions) {
        const op = parseOperator(clause.operator);
        const check = op === undefined ? undefined : EXPECTED[op.base.family];
        if (op === undefined || check === undefined) continue;
        for (const value of clause.values) {
          const usesVariable = op.base.variables && ctx.policy.variablesEnabled && value.text.includes('${');
          if (usesVariable || check.test(value.text)) continue;
          ctx.report(value.path, {
            message: `${op.base.name} needs ${check.expected}; ${JSON.stringify(value.text)} is not, so this value never matches.`,
          });
        }
      }
    }
  },
});

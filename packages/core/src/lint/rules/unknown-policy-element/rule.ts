import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { quote } from '../../rule-helpers.js';

const ELEMENTS = new Set(['Version', 'Id', 'Statement']);

export const unknownPolicyElement = defineRule({
  id: 'unknown-policy-element',
  severity: 'error',
  category: 'validity',
  summary: 'A top-level key other than Version, Id and Statement',
  docs: {
    references: [REF.grammar, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid policy element'],
  },
  check(ctx) {
    const root = ctx.root;
    if (root.kind !== 'object') return;
    for (const { key } of root.members) {
      if (ELEMENTS.has(key)) continue;
      const near = [...ELEMENTS].find((e) => e.toLowerCase() === key.toLowerCase());
      const free = near !== undefined && !root.members.some((m) => m.key === near);
      ctx.report([key], {
        target: 'key',
        message: `${quote(key)} is not a policy element; IAM rejects the policy (MalformedPolicyDocument).`,
        help:
          near === undefined
            ? 'A trust policy has only Version, Statement and optionally Id.'
            : `Element names are case-sensitive: write ${quote(near)}.`,
        // The element is ignored until its name is fixed (a misspelt Statement leaves no statements).
        ...(near === undefined || !free
          ? {}
          : { suggestions: suggestion(`Write ${quote(near)}`, true, [renameKey(ctx, [], key, near)]) }),
      });
    }
  },
});

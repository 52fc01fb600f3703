import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { objectStatements, quote } from '../../rule-helpers.js';

/** Resource/NotResource and NotPrincipal are known but forbidden here; their own rules say so. */
const KNOWN = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);

export const unknownStatementElement = defineRule({
  id: 'unknown-statement-element',
  severity: 'error',
  category: 'validity',
  summary: 'A statement key that is not a policy element',
  docs: {
    references: [REF.grammar, REF.statement, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid policy element'],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      for (const { key } of node.members) {
        if (KNOWN.has(key)) continue;
        const near = [...KNOWN].find((e) => e.toLowerCase() === key.toLowerCase());
        const free = near !== undefined && !node.members.some((m) => m.key === near);
        ctx.report([...statement.path, key], {
          target: 'key',
          message: `${quote(key)} is not a statement element; IAM rejects the policy.`,
          help:
            near === undefined
              ? 'A trust-policy statement has Sid, Effect, Principal, Action and Condition.'
              : `Element names are case-sensitive: write ${quote(near)}.`,
          // The element is ignored (or the statement unreadable) until its name is fixed.
          ...(near === undefined || !free
            ? {}
            : {
                suggestions: suggestion(`Write ${quote(near)}`, true, [
                  renameKey(ctx, statement.path, key, near),
                ]),
              }),
        });
      }
    }
  },
});

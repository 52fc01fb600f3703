import { getMember } from '../../../json/json-node.js';
import { PRINCIPAL_KEYS } from '../../../principal/policy-principal.js';
import { defineRule } from '../../define-rule.js';
import { renameKey, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { objectStatements, quote } from '../../rule-helpers.js';

const KEYS: ReadonlySet<string> = new Set(PRINCIPAL_KEYS);

/** Access Analyzer "Invalid principal key". */
export const invalidPrincipalKey = defineRule({
  id: 'invalid-principal-key',
  severity: 'error',
  category: 'validity',
  summary: 'A Principal key other than AWS, Service, Federated or CanonicalUser',
  docs: {
    references: [REF.principal, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid principal key'],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      for (const element of ['Principal', 'NotPrincipal']) {
        const value = getMember(node, element)?.value;
        if (value?.kind !== 'object') continue;
        for (const { key } of value.members) {
          if (KEYS.has(key)) continue;
          const near = PRINCIPAL_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
          const free = near !== undefined && !value.members.some((m) => m.key === near);
          ctx.report([...statement.path, element, key], {
            target: 'key',
            message: `${quote(key)} is not a principal type.`,
            help:
              near === undefined
                ? 'Use AWS, Service or Federated.'
                : `Principal keys are case-sensitive: write ${quote(near)}.`,
            // The statement is unreadable (never applies) until the key is fixed.
            ...(near === undefined || !free
              ? {}
              : {
                  suggestions: suggestion(`Write ${quote(near)}`, true, [
                    renameKey(ctx, [...statement.path, element], key, near),
                  ]),
                }),
          });
        }
      }
    }
  },
});

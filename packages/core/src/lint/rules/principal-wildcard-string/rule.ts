import { getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { replaceValue, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { objectStatements } from '../../rule-helpers.js';

/** Access Analyzer "Role trust policy unsupported wildcard in principal". */
export const principalWildcardString = defineRule({
  id: 'principal-wildcard-string',
  severity: 'error',
  category: 'validity',
  summary: '"Principal": "*" in a role trust policy',
  docs: {
    references: [REF.principal, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Role trust policy unsupported wildcard in principal'],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      for (const key of ['Principal', 'NotPrincipal']) {
        const value = getMember(node, key)?.value;
        if (value?.kind !== 'string') continue;
        ctx.report([...statement.path, key], {
          message:
            value.value === '*'
              ? `"${key}": "*" is not supported in a role trust policy.`
              : `${key} must be an object such as {"AWS": "${value.value}"}; a bare string is not supported.`,
          help: 'Write {"AWS": "*"} and add conditions that pin who may call, such as aws:PrincipalOrgID.',
          // The Principal page reads "*" as {"AWS": "*"}, and so does the evaluator: same callers.
          ...(key === 'Principal' && value.value === '*'
            ? {
                suggestions: suggestion('Write {"AWS": "*"}', false, [
                  replaceValue(ctx, [...statement.path, key], { AWS: '*' }),
                ]),
              }
            : {}),
        });
      }
    }
  },
});

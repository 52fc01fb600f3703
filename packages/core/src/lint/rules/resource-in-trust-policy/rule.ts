import { getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { removeMember, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { objectStatements } from '../../rule-helpers.js';

/** Access Analyzer "Role trust policy syntax error resource": the resource is the role itself. */
export const resourceInTrustPolicy = defineRule({
  id: 'resource-in-trust-policy',
  severity: 'error',
  category: 'validity',
  summary: 'Resource or NotResource in a role trust policy',
  docs: {
    references: [REF.resource, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Role trust policy syntax error resource'],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      for (const key of ['Resource', 'NotResource']) {
        if (getMember(node, key) === undefined) continue;
        ctx.report([...statement.path, key], {
          target: 'key',
          message: `A role trust policy cannot have ${key}: the resource is always the role it is attached to (IAM: "Has prohibited field ${key}").`,
          help: `Remove ${key}. To limit which roles a caller may assume, use the caller's identity policy.`,
          // The evaluator ignores Resource in a trust policy, so removing it changes no verdict.
          suggestions: suggestion(`Remove ${key}`, false, [removeMember(ctx, statement.path, key)]),
        });
      }
    }
  },
});

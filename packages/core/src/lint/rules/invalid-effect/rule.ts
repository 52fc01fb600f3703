import { getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { replaceValue, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { objectStatements } from '../../rule-helpers.js';

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html */
export const invalidEffect = defineRule({
  id: 'invalid-effect',
  severity: 'error',
  category: 'validity',
  summary: 'Effect is missing or not exactly "Allow" or "Deny"',
  docs: {
    references: [REF.effect, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid effect', 'Missing effect'],
  },
  check(ctx) {
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      const effect = getMember(node, 'Effect')?.value;
      if (effect === undefined) {
        ctx.report(statement.path, {
          message: 'The statement has no Effect; IAM rejects it.',
          help: 'Add "Effect": "Allow" or "Effect": "Deny".',
        });
        continue;
      }
      if (effect.kind === 'string' && (effect.value === 'Allow' || effect.value === 'Deny')) continue;
      const lower = effect.kind === 'string' ? effect.value.toLowerCase() : '';
      const meant = lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : undefined;
      ctx.report([...statement.path, 'Effect'], {
        message: `Effect must be exactly "Allow" or "Deny"${effect.kind === 'string' ? `, not "${effect.value}"` : ''}.`,
        help: meant === undefined ? 'Use "Allow" or "Deny".' : 'The value is case-sensitive.',
        // The statement never applies while its Effect is unreadable; fixing the case makes it apply.
        ...(meant === undefined
          ? {}
          : {
              suggestions: suggestion(`Write "${meant}"`, true, [
                replaceValue(ctx, [...statement.path, 'Effect'], meant),
              ]),
            }),
      });
    }
  },
});

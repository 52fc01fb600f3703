import { describeKind, getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { replaceValue, suggestion } from '../../edits.js';
import { REF } from '../../references.js';

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html */
export const invalidVersion = defineRule({
  id: 'invalid-version',
  severity: 'error',
  category: 'validity',
  summary: 'Version is not "2012-10-17" or "2008-10-17"',
  docs: {
    references: [REF.version, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Invalid version'],
  },
  check(ctx) {
    if (ctx.root.kind !== 'object') return;
    const version = getMember(ctx.root, 'Version')?.value;
    if (version === undefined) return;
    if (version.kind === 'string' && (version.value === '2012-10-17' || version.value === '2008-10-17'))
      return;
    const written = version.kind === 'string' ? `"${version.value}"` : describeKind(version);
    ctx.report(['Version'], {
      message: `Version must be "2012-10-17" or "2008-10-17"; IAM does not accept ${written}.`,
      help: 'Use "2012-10-17", the current policy language (needed for policy variables).',
      // The evaluator substitutes policy variables only under 2012-10-17: with none, nothing changes.
      suggestions: suggestion('Use "2012-10-17"', ctx.text.includes('${'), [
        replaceValue(ctx, ['Version'], '2012-10-17'),
      ]),
    });
  },
});

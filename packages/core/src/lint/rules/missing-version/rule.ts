import { getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { insertFirstMember, suggestion } from '../../edits.js';
import { REF } from '../../references.js';

/**
 * Access Analyzer "Missing version"; semantics reference §1.1 and §7 pattern 31. Without Version
 * the older language applies, in which policy variables are literal text.
 */
export const missingVersion = defineRule({
  id: 'missing-version',
  severity: 'warning',
  category: 'correctness',
  summary: 'A policy without "Version": "2012-10-17"',
  docs: {
    references: [REF.version, REF.variables, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Missing version'],
  },
  check(ctx) {
    if (ctx.root.kind !== 'object' || getMember(ctx.root, 'Version') !== undefined) return;
    const variables = ctx.text.includes('${');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, quoted as written.
    const example = ', in which policy variables such as ${aws:username} are compared as literal text';
    ctx.report([], {
      message: `The policy has no Version, so IAM reads it in the 2008-10-17 language${variables ? example : ''}.`,
      help: 'Add "Version": "2012-10-17" as the first element.',
      // Adding the version changes verdicts only where variables start to resolve.
      suggestions: suggestion('Add "Version": "2012-10-17"', variables, [
        insertFirstMember(ctx, [], 'Version', '2012-10-17'),
      ]),
    });
  },
});

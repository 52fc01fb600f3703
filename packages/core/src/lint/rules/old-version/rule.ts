import { getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { replaceValue, suggestion } from '../../edits.js';
import { REF } from '../../references.js';

/** Semantics reference §1.1: 2008-10-17 is valid but old, and treats policy variables as literal text. */
export const oldVersion = defineRule({
  id: 'old-version',
  severity: 'warning',
  category: 'correctness',
  summary: 'Version "2008-10-17", the old policy language',
  docs: { references: [REF.version, REF.variables] },
  check(ctx) {
    if (ctx.root.kind !== 'object') return;
    const version = getMember(ctx.root, 'Version')?.value;
    if (version?.kind !== 'string' || version.value !== '2008-10-17') return;
    const variables = ctx.text.includes('${');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, quoted as written.
    const example = ', in which policy variables such as ${aws:username} are compared as literal text';
    ctx.report(['Version'], {
      message: `Version "2008-10-17" is the old policy language${variables ? example : ''}.`,
      help: 'Use "2012-10-17".',
      // Only variables behave differently between the two versions.
      suggestions: suggestion('Use "2012-10-17"', variables, [replaceValue(ctx, ['Version'], '2012-10-17')]),
    });
  },
});

import { getMember } from '../../../json/json-node.js';
import { defineRule } from '../../define-rule.js';
import { replaceValue, suggestion } from '../../edits.js';
import { REF } from '../../references.js';
import { objectStatements } from '../../rule-helpers.js';

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html */
export const invalidSid = defineRule({
  id: 'invalid-sid',
  severity: 'error',
  category: 'validity',
  summary: 'A Sid with characters other than ASCII letters and digits',
  docs: {
    references: [REF.sid, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Unsupported Sid'],
  },
  check(ctx) {
    const taken = new Set(ctx.policy.statements.map((s) => s.sid));
    for (const [statement, node] of objectStatements(ctx.policy.statements)) {
      const sid = getMember(node, 'Sid')?.value;
      if (sid === undefined) continue;
      if (sid.kind !== 'string') {
        ctx.report([...statement.path, 'Sid'], { message: 'Sid must be a string.' });
      } else if (/[^A-Za-z0-9]/.test(sid.value)) {
        const cleaned = sid.value.replace(/[^A-Za-z0-9]/g, '');
        const usable = cleaned !== '' && !taken.has(cleaned);
        if (usable) taken.add(cleaned);
        ctx.report([...statement.path, 'Sid'], {
          message: `Sid ${JSON.stringify(sid.value)} has characters IAM does not allow: only A-Z, a-z and 0-9.`,
          ...(cleaned === '' ? {} : { help: `For example ${JSON.stringify(cleaned)}.` }),
          // A Sid is a label: renaming it never changes who can assume the role.
          ...(usable
            ? {
                suggestions: suggestion(`Rename to "${cleaned}"`, false, [
                  replaceValue(ctx, [...statement.path, 'Sid'], cleaned),
                ]),
              }
            : {}),
        });
      }
    }
  },
});

import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { forEachObject, quote } from '../../rule-helpers.js';

/** The policy grammar forbids repeating a key in one object; JSON parsers silently keep the last. */
export const duplicateKey = defineRule({
  id: 'duplicate-key',
  severity: 'error',
  category: 'syntax',
  summary: 'A key appears twice in the same JSON object',
  docs: {
    references: [REF.grammar],
  },
  check(ctx) {
    forEachObject(ctx.root, [], (node, path) => {
      const seen = new Set<string>();
      node.members.forEach((member, i) => {
        if (!seen.has(member.key)) {
          seen.add(member.key);
          return;
        }
        const laterOnes = node.members.slice(i + 1).some((m) => m.key === member.key);
        ctx.report([...path, member.key], {
          target: 'key',
          message: `The key ${quote(member.key)} appears more than once in this object; IAM rejects duplicate keys.`,
          help: laterOnes
            ? 'Merge the repeated entries into one.'
            : 'Merge the entries into one key (for several values, use an array).',
        });
      });
    });
  },
});

import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';

/** The largest role trust policy any account can have (the quota is 2,048 by default, 4,096 at most). */
export const MAX_TRUST_POLICY_SIZE = 4096;

/** The role trust policy quota of an account that has not asked for more. */
export const DEFAULT_TRUST_POLICY_QUOTA = 2048;

/** 4,096 with a thousands separator, independent of the machine's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Size as IAM counts it: every character except whitespace outside string values. */
export function policySize(text: string): number {
  let size = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      size++;
      if (c === 92) {
        size++;
        i++;
      } else if (c === 34) inString = false;
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) {
      size++;
      if (c === 34) inString = true;
    }
  }
  return size;
}

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html */
export const policySizeRule = defineRule({
  id: 'policy-size',
  severity: 'error',
  category: 'validity',
  summary: 'Trust policy longer than 4,096 characters (the highest quota)',
  docs: {
    references: [REF.quotas, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Policy size exceeds role trust policy quota'],
  },
  check(ctx) {
    // Whitespace never counts, so a text no longer than the limit cannot exceed it.
    if (ctx.text.length <= MAX_TRUST_POLICY_SIZE) return;
    const size = policySize(ctx.text);
    if (size <= MAX_TRUST_POLICY_SIZE) return;
    ctx.report([], {
      message: `The policy is ${formatCount(size)} characters without whitespace; no account can hold a trust policy over ${formatCount(MAX_TRUST_POLICY_SIZE)}.`,
      help: 'Merge statements that share a principal, or list principals in arrays.',
    });
  },
});

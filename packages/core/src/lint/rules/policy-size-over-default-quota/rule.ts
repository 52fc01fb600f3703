import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import {
  DEFAULT_TRUST_POLICY_QUOTA,
  formatCount,
  MAX_TRUST_POLICY_SIZE,
  policySize,
} from '../policy-size/rule.js';

/**
 * Access Analyzer "Policy size exceeds role trust policy quota". Over 4,096 no account can save
 * the policy (policy-size, an error); between 2,048 and 4,096 it depends on the account's quota,
 * which an offline tool cannot know, so this is a warning.
 */
export const policySizeOverDefaultQuota = defineRule({
  id: 'policy-size-over-default-quota',
  severity: 'warning',
  category: 'validity',
  summary: 'Trust policy longer than the default quota of 2,048 characters',
  docs: {
    references: [REF.quotas, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Policy size exceeds role trust policy quota'],
  },
  check(ctx) {
    if (ctx.text.length <= DEFAULT_TRUST_POLICY_QUOTA) return;
    const size = policySize(ctx.text);
    if (size <= DEFAULT_TRUST_POLICY_QUOTA || size > MAX_TRUST_POLICY_SIZE) return;
    ctx.report([], {
      message: `The policy is ${formatCount(size)} characters without whitespace; IAM rejects it in accounts that keep the default role trust policy quota of ${formatCount(DEFAULT_TRUST_POLICY_QUOTA)} (the quota can be raised to ${formatCount(MAX_TRUST_POLICY_SIZE)}).`,
      help: 'Shorten it (merge statements that share a principal, list values in arrays), or raise the quota in Service Quotas.',
    });
  },
});

import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { issuerOf, narrowingKeys } from '../../statement-facts.js';

/** The claims that name your application for the built-in web identity providers. */
const AUDIENCE_CLAIMS: Record<string, readonly string[]> = {
  'cognito-identity.amazonaws.com': ['aud'],
  'accounts.google.com': ['aud', 'oaud'],
  'graph.facebook.com': ['app_id'],
  'www.amazon.com': ['app_id'],
};

/**
 * Semantics reference §7 patterns 5 and 6. For Cognito, Google, Facebook and Login with Amazon
 * the audience (identity pool, app) is the only thing that makes a token yours; for IAM OIDC
 * providers STS also checks `aud` against the provider's client IDs, so there it is defence in
 * depth that AWS and GitHub still recommend.
 */
export const oidcMissingAudienceCondition = defineRule({
  id: 'oidc-missing-audience-condition',
  severity: 'warning',
  category: 'security',
  summary: 'A web identity provider trusted without a condition on the token audience',
  docs: { references: [REF.oidc, REF.cognito, REF.githubOidc] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.principal === undefined || s.principal.not) continue;
      for (const entry of s.principal.entries) {
        const issuer = issuerOf(entry);
        if (issuer === undefined) continue;
        const lower = issuer.toLowerCase();
        const claims = AUDIENCE_CLAIMS[lower] ?? ['aud'];
        const keys = narrowingKeys(ctx.policy, s, entry);
        if (claims.some((c) => keys.has(`${lower}:${c}`))) continue;
        const key = `${issuer}:${claims[0] ?? 'aud'}`;
        ctx.report(entry.path, {
          message:
            lower === 'cognito-identity.amazonaws.com'
              ? `${statementLabel(s)} trusts Amazon Cognito without a condition on ${key}, so identities from any identity pool, in any account, can assume this role.`
              : entry.kind === 'web-identity-provider'
                ? `${statementLabel(s)} trusts ${issuer} without a condition on ${key}, so tokens issued to any application can assume this role.`
                : `${statementLabel(s)} trusts tokens from ${issuer} without a condition on ${key}; pin the audience your workloads request.`,
          help: `Add "StringEquals": {"${key}": "..."} with your ${lower === 'cognito-identity.amazonaws.com' ? 'identity pool ID' : entry.kind === 'web-identity-provider' ? 'application ID' : 'audience (sts.amazonaws.com for GitHub Actions and EKS)'}.`,
        });
      }
    }
  },
});

import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf, isGitHubIssuer, narrowingKeys } from '../../statement-facts.js';

/** Claims that never identify a workload: the audience, authorised party and authentication methods. */
const NOT_SUBJECT = new Set(['aud', 'azp', 'oaud', 'amr', 'iss']);
/** GitHub claims that pin one repository (the 2026 provider-specific keys); `ref` or `actor` alone do not. */
const GITHUB_SUBJECT = new Set(['sub', 'repository', 'repository_id']);

/**
 * Access Analyzer "Missing condition key for oidc principal" / "Missing github repo condition
 * key"; semantics reference §7 patterns 3, 4 and 7. Shared issuers (GitHub, GitLab, EKS) mint
 * tokens for everyone, so the subject is what says whose workload it is.
 */
export const oidcMissingSubjectCondition = defineRule({
  id: 'oidc-missing-subject-condition',
  severity: 'warning',
  category: 'security',
  summary: 'An OIDC provider trusted without a condition on the token subject (sub)',
  docs: {
    references: [REF.oidc, REF.githubOidc, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Missing condition key for oidc principal', 'Missing github repo condition key'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.principal === undefined || s.principal.not) continue;
      for (const entry of s.principal.entries) {
        if (entry.kind !== 'oidc-provider' || entry.name === undefined) continue;
        const issuer = entry.name;
        const prefix = `${issuer.toLowerCase()}:`;
        const github = isGitHubIssuer(issuer);
        // Any clause on a claim of this issuer that names the workload counts, wildcards included:
        // oidc-sub-wildcard judges the values.
        // Set operators and IfExists count too: their own rules report what is weak about them.
        const tested = clausesOf(s)
          .filter((c) => c.op !== undefined && !c.op.base.negated && c.op.base.name !== 'Null')
          .map((c) => c.key);
        const pinned = [...narrowingKeys(ctx.policy, s, entry, false), ...tested].some((k) => {
          if (!k.startsWith(prefix)) return false;
          const claim = k.slice(prefix.length);
          return github ? GITHUB_SUBJECT.has(claim) : !NOT_SUBJECT.has(claim);
        });
        if (pinned) continue;
        ctx.report(entry.path, {
          message: github
            ? `${statementLabel(s)} trusts GitHub Actions tokens without a condition on ${issuer}:sub, so a workflow in any repository on GitHub can assume this role.`
            : `${statementLabel(s)} trusts tokens from ${issuer} without a condition on ${issuer}:sub, so anyone who can get a token from this issuer for your audience can assume this role.`,
          help: github
            ? `Add "StringEquals": {"${issuer}:sub": "repo:ORG/REPO:environment:ENV"} (or a ref such as ref:refs/heads/main).`
            : `Add a StringEquals condition on ${issuer}:sub naming the workload (for EKS, system:serviceaccount:NAMESPACE:NAME).`,
        });
      }
    }
  },
});

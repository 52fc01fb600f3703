import { GITHUB_CLAIMS } from '../../../conditions/web-identity-claims.js';
import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf, isEksIssuer, isGitHubIssuer, narrowingKeys } from '../../statement-facts.js';

/** Claims that never identify a workload: the audience, authorised party and authentication methods. */
const NOT_SUBJECT = new Set(['aud', 'azp', 'oaud', 'amr', 'iss']);

/**
 * Access Analyzer "Missing condition key for oidc principal" / "Missing github repo condition
 * key"; semantics reference §7 patterns 3, 4 and 7. Shared issuers (GitHub, GitLab, EKS) mint
 * tokens for everyone, so the subject is what says whose workload it is. For GitHub, the 2026
 * per-claim keys that name one repository (`repository`, `repository_id`) count like `sub`;
 * `repository_owner_id` and `enterprise_id` name only an owner, which is reported in its own words.
 * For EKS, STS evaluates only `aud` and `sub`, so only `sub` counts.
 */
export const oidcMissingSubjectCondition = defineRule({
  id: 'oidc-missing-subject-condition',
  severity: 'warning',
  category: 'security',
  summary: 'An OIDC provider trusted without a condition on the token subject (sub)',
  docs: {
    references: [REF.oidc, REF.githubOidc, REF.stsActions, REF.eksIrsa, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Missing condition key for oidc principal', 'Missing github repo condition key'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.principal === undefined || s.principal.not) continue;
      for (const entry of s.principal.entries) {
        if (entry.kind !== 'oidc-provider' || entry.name === undefined) continue;
        const issuer = entry.name;
        const prefix = `${issuer.toLowerCase()}:`;
        // Any clause on a claim of this issuer that names the workload counts, wildcards included:
        // oidc-sub-wildcard judges the values.
        // Set operators and IfExists count too: their own rules report what is weak about them.
        const tested = clausesOf(s)
          .filter((c) => c.op !== undefined && !c.op.base.negated && c.op.base.name !== 'Null')
          .map((c) => c.key);
        const claims = new Set(
          [...narrowingKeys(ctx.policy, s, entry, false), ...tested]
            .filter((k) => k.startsWith(prefix))
            .map((k) => k.slice(prefix.length)),
        );
        if (isGitHubIssuer(issuer)) {
          const scopes = [...claims].map((c) => [c, GITHUB_CLAIMS[c]?.scope] as const);
          if (scopes.some(([, scope]) => scope === 'repository')) continue;
          const owners = scopes.filter(([, scope]) => scope === 'owner' || scope === 'enterprise');
          ctx.report(entry.path, {
            message:
              owners.length > 0
                ? `${statementLabel(s)} limits GitHub Actions tokens by ${owners.map(([c]) => `${issuer}:${c}`).join(' and ')} but names no repository: every repository of that ${owners.some(([, scope]) => scope === 'owner') ? 'owner' : 'enterprise'}, including ones created later, can assume this role.`
                : `${statementLabel(s)} trusts GitHub Actions tokens without a condition on ${issuer}:sub, so a workflow in any repository on GitHub can assume this role.`,
            help:
              owners.length > 0
                ? `Name the repository too: "StringEquals": {"${issuer}:repository_id": "REPOSITORY-ID"}, or a ${issuer}:sub condition such as "repo:ORG/REPO:environment:ENV".`
                : `Add "StringEquals": {"${issuer}:sub": "repo:ORG/REPO:environment:ENV"} (or a ref such as ref:refs/heads/main), or pin "${issuer}:repository_id".`,
          });
          continue;
        }
        const eks = isEksIssuer(issuer);
        if (eks ? claims.has('sub') : [...claims].some((c) => !NOT_SUBJECT.has(c))) continue;
        ctx.report(entry.path, {
          message: `${statementLabel(s)} trusts tokens from ${issuer} without a condition on ${issuer}:sub, so anyone who can get a token from this issuer for your audience can assume this role.`,
          help: `Add a StringEquals condition on ${issuer}:sub naming the workload (for EKS, system:serviceaccount:NAMESPACE:NAME).`,
        });
      }
    }
  },
});

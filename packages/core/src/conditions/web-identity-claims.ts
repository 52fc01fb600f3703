/**
 * Which claims of GitHub Actions and Amazon EKS tokens STS evaluates in a trust policy.
 *
 * STS evaluates `aud` and `sub` for every IAM OIDC provider. Since January 2026 it also
 * evaluates a fixed list of provider-specific claims for GitHub Actions (the STS service
 * authorization reference lists them for sts:AssumeRoleWithWebIdentity, for every GitHub
 * issuer form; the IAM guide's web identity keys section documents them). They are checked
 * during the assumption only and are not carried into the session. Any other claim of those
 * tokens is not in the request context at all: a condition on it sees a missing key.
 * The reference lists no provider-specific keys for EKS issuers, so only `aud` and `sub` count.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html
 * https://docs.github.com/en/actions/reference/security/oidc
 */

/** GitHub Actions issuers: github.com (with an optional enterprise path), GHE.com data residency, enterprise slugs. */
export function isGitHubIssuer(host: string): boolean {
  const lower = host.toLowerCase();
  return (
    lower === 'token.actions.githubusercontent.com' ||
    lower.startsWith('token.actions.githubusercontent.com/') ||
    /^token\.actions\.[a-z0-9-]+\.ghe\.com$/.test(lower) ||
    /^github\.com\/enterprises\/[^/\s]+$/.test(lower)
  );
}

export function isEksIssuer(host: string): boolean {
  return /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/[^/]+$/i.test(host);
}

/** What a GitHub claim restricts, for the linter's subject rules. */
export type GitHubClaimScope = 'repository' | 'owner' | 'enterprise' | 'other';

export interface GitHubClaim {
  readonly description: string;
  readonly scope: GitHubClaimScope;
  /** A numeric ID GitHub never reassigns, rather than a name that can be renamed or reused. */
  readonly immutable: boolean;
}

const claim = (description: string, scope: GitHubClaimScope = 'other', immutable = false): GitHubClaim => ({
  description,
  scope,
  immutable,
});

/** The GitHub Actions claims STS evaluates, with GitHub's descriptions (OpenID Connect reference). */
export const GITHUB_CLAIMS: Readonly<Record<string, GitHubClaim>> = {
  aud: claim('The audience: sts.amazonaws.com when the workflow uses aws-actions/configure-aws-credentials.'),
  sub: claim(
    'The subject: repo:OWNER/REPO:ref:refs/heads/BRANCH, :environment:NAME, :ref:refs/tags/TAG or :pull_request; with immutable subject claims repo:OWNER@OWNER-ID/REPO@REPO-ID:...',
    'repository',
  ),
  actor: claim('The personal account that started the workflow run (a name).'),
  actor_id: claim('The ID of the personal account that started the workflow run.', 'other', true),
  enterprise_id: claim('The ID of the enterprise that holds the repository.', 'enterprise', true),
  environment: claim('The name of the environment the job uses.'),
  job_workflow_ref: claim(
    'For a job that calls a reusable workflow, its ref path: OWNER/REPO/.github/workflows/FILE@REF.',
  ),
  ref: claim('The git ref that started the workflow run, such as refs/heads/main.'),
  repository: claim('The repository the workflow runs in, OWNER/REPO (names).', 'repository'),
  repository_id: claim('The ID of the repository the workflow runs in.', 'repository', true),
  repository_owner_id: claim('The ID of the organization or user that owns the repository.', 'owner', true),
  workflow: claim('The name of the workflow.'),
};

const GITHUB_LIST = Object.keys(GITHUB_CLAIMS).join(', ');

export interface WebIdentityClaim {
  readonly issuer: string;
  /** The claim name as written after the issuer. */
  readonly claim: string;
  readonly provider: 'github' | 'eks';
  /** The GitHub claim's entry, when STS evaluates it. */
  readonly github?: GitHubClaim;
  /** Why STS never puts this claim in the request context; undefined when it does. */
  readonly notEvaluated?: string;
  readonly description: string;
}

/**
 * A condition key `ISSUER:claim` of a GitHub Actions or EKS issuer, with whether STS evaluates it.
 * Undefined for other keys (other providers keep their generic reading).
 */
export function webIdentityClaim(key: string): WebIdentityClaim | undefined {
  const colon = key.lastIndexOf(':');
  if (colon <= 0) return undefined;
  const issuer = key.slice(0, colon);
  const name = key.slice(colon + 1);
  if (isGitHubIssuer(issuer)) {
    const known = GITHUB_CLAIMS[name.toLowerCase()];
    if (known !== undefined)
      return { issuer, claim: name, provider: 'github', github: known, description: known.description };
    return {
      issuer,
      claim: name,
      provider: 'github',
      notEvaluated: `STS does not evaluate the GitHub claim "${name}" (for GitHub Actions tokens it evaluates ${GITHUB_LIST})`,
      description: `GitHub claim "${name}", which STS does not evaluate: a condition on it sees a missing key.`,
    };
  }
  if (isEksIssuer(issuer)) {
    const lower = name.toLowerCase();
    if (lower === 'aud')
      return { issuer, claim: name, provider: 'eks', description: 'EKS: the audience, sts.amazonaws.com.' };
    if (lower === 'sub')
      return {
        issuer,
        claim: name,
        provider: 'eks',
        description: 'EKS: the service account, system:serviceaccount:NAMESPACE:NAME.',
      };
    return {
      issuer,
      claim: name,
      provider: 'eks',
      notEvaluated: `STS does not evaluate the EKS token claim "${name}" (for EKS issuers it evaluates only aud and sub)`,
      description: `EKS token claim "${name}", which STS does not evaluate: a condition on it sees a missing key.`,
    };
  }
  return undefined;
}

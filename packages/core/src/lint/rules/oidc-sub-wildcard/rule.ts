import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import {
  clausesOf,
  isEksIssuer,
  isGitHubIssuer,
  isWildcardOnly,
  principalsOf,
} from '../../statement-facts.js';

const WILD = /[*?]/;

/**
 * Why a subject pattern admits workloads of other owners, or undefined when it does not.
 * GitHub: the `OWNER/REPO` of `repo:OWNER/REPO:...` must be literal (`repo:org/*` admits every
 * repository of the org and `repo:*` all of GitHub). EKS: the namespace of
 * `system:serviceaccount:NAMESPACE:NAME` must be literal. Any issuer: a pattern that starts with
 * a wildcard admits every subject.
 */
function crossesOwners(issuer: string, claim: string, value: string): string | undefined {
  if (isWildcardOnly(value)) return 'matches every subject the issuer signs';
  if (isGitHubIssuer(issuer)) {
    if (claim === 'repository') return WILD.test(value) ? 'matches more than one repository' : undefined;
    const repo = /(?:^|:)repo:([^:]*)/.exec(value)?.[1];
    if (repo !== undefined) {
      if (!WILD.test(repo)) return undefined;
      const slash = repo.indexOf('/');
      const ownerPart = slash < 0 ? repo : repo.slice(0, slash);
      const repoPart = slash < 0 ? '' : repo.slice(slash + 1);
      // Immutable subject claims append "@ID" to each name (repo:OWNER@OWNER-ID/REPO@REPO-ID). An
      // exact ID pins its owner or repository whatever the name pattern; a wildcard in an ID only
      // drops the immutability (github-trust-by-name-only), not the owner.
      if (pinnedById(repoPart)) return undefined;
      const owner = nameOf(ownerPart);
      const name = nameOf(repoPart);
      if (WILD.test(owner) && !pinnedById(ownerPart)) return 'matches repositories of every GitHub owner';
      if (slash >= 0 && !WILD.test(name)) return undefined;
      return name === '' || isWildcardOnly(name)
        ? `matches every repository of ${ownerPart}`
        : `matches every repository of ${ownerPart} whose name fits "${name}"`;
    }
  }
  if (isEksIssuer(issuer) && claim === 'sub') {
    const namespace = /^system:serviceaccount:([^:]*)/.exec(value)?.[1];
    if (namespace !== undefined)
      return WILD.test(namespace) ? 'matches service accounts in every namespace' : undefined;
  }
  return /^[*?]/.test(value) ? 'starts with a wildcard, so it matches subjects of every owner' : undefined;
}

/** `octo-org@123456` → `octo-org`; `*` stays `*`. GitHub names cannot contain "@". */
function nameOf(part: string): string {
  const at = part.indexOf('@');
  return at < 0 ? part : part.slice(0, at);
}

/** `payments@456789`, `*@456789`: an exact immutable ID after the name. */
function pinnedById(part: string): boolean {
  const at = part.indexOf('@');
  return at >= 0 && /^[0-9]+$/.test(part.slice(at + 1));
}

/** Semantics reference §7 patterns 4 and 7; Access Analyzer "Specific github repo and branch recommended". */
export const oidcSubWildcard = defineRule({
  id: 'oidc-sub-wildcard',
  severity: 'warning',
  category: 'security',
  summary: 'An OIDC subject pattern that admits other repositories, namespaces or owners',
  docs: {
    references: [REF.githubOidc, REF.eksIrsa, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Specific github repo and branch recommended'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow') continue;
      const issuers = principalsOf(s)
        .filter((e) => e.kind === 'oidc-provider' && e.name !== undefined)
        .map((e) => e.name ?? '');
      if (issuers.length === 0) continue;
      for (const c of clausesOf(s)) {
        const op = c.op;
        if (op === undefined || !op.base.wildcards || op.base.negated || op.base.family !== 'string')
          continue;
        const issuer = issuers.find((i) => c.key.startsWith(`${i.toLowerCase()}:`));
        if (issuer === undefined) continue;
        const claim = c.key.slice(issuer.length + 1);
        if (claim !== 'sub' && !(claim === 'repository' && isGitHubIssuer(issuer))) continue;
        for (const v of c.clause.values) {
          const why = crossesOwners(issuer, claim, v.text);
          if (why === undefined) continue;
          ctx.report(v.path, {
            message: `${JSON.stringify(v.text)} in ${statementLabel(s)} ${why}: their workflows or workloads can assume this role.`,
            help: isGitHubIssuer(issuer)
              ? 'Name the repository exactly (repo:ORG/REPO:...) and, with StringLike, keep wildcards to the ref or environment part.'
              : 'Name the subject exactly; keep wildcards to the last part at most.',
          });
        }
      }
    }
  },
});

import type { JsonPath } from '../../../json/json-path.js';
import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf, isGitHubIssuer, narrowingKeys } from '../../statement-facts.js';

/** Claims that name a repository by its names (`sub` in the default format, `repository`). */
const BY_NAME = new Set(['sub', 'repository']);
/** The immutable IDs STS evaluates since January 2026. */
const BY_ID = new Set(['repository_id', 'repository_owner_id']);

/**
 * Whether a subject value pins the owner or repository by ID: GitHub's immutable format
 * `repo:OWNER@OWNER-ID/REPO@REPO-ID:...`, or a customized subject that includes the ID claims.
 */
function immutableSubject(value: string): boolean {
  if (/(?:^|:)repository(?:_owner)?_id:[0-9]+(?::|$)/.test(value)) return true;
  const repo = /(?:^|:)repo:([^:]*)/.exec(value)?.[1];
  if (repo === undefined) return false;
  return repo.split('/').some((part) => /@[0-9]+$/.test(part));
}

/**
 * GitHub's OIDC reference ("Immutable subject claims"): names can be recycled, so "a different
 * owner could create the same subject value"; IDs are never reused. STS evaluates
 * repository_id and repository_owner_id since January 2026 (service authorization reference).
 * A GitHub trust with no repository condition at all is oidc-missing-subject-condition's.
 */
export const githubTrustByNameOnly = defineRule({
  id: 'github-trust-by-name-only',
  severity: 'warning',
  category: 'security',
  summary: 'A GitHub Actions trust that names the repository only by its mutable names',
  docs: { references: [REF.githubOidc, REF.githubImmutableSubjects, REF.stsActions] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.principal === undefined || s.principal.not) continue;
      for (const entry of s.principal.entries) {
        if (entry.kind !== 'oidc-provider' || entry.name === undefined || !isGitHubIssuer(entry.name))
          continue;
        const issuer = entry.name;
        const prefix = `${issuer.toLowerCase()}:`;
        const keys = narrowingKeys(ctx.policy, s, entry);
        if ([...BY_ID].some((c) => keys.has(prefix + c))) continue;
        const byName = clausesOf(s).filter(
          (c) =>
            c.key.startsWith(prefix) &&
            BY_NAME.has(c.key.slice(prefix.length)) &&
            c.op !== undefined &&
            !c.op.base.negated &&
            c.op.base.name !== 'Null',
        );
        if (byName.length === 0) continue;
        const values = byName.flatMap((c) =>
          c.key === `${prefix}sub` ? c.clause.values.map((v) => v.text) : [],
        );
        const subOnly = byName.every((c) => c.key === `${prefix}sub`);
        if (subOnly && values.length > 0 && values.every(immutableSubject)) continue;
        const first = byName[0];
        const path: JsonPath = first === undefined ? entry.path : first.clause.path;
        const example =
          first?.clause.values.find((v) => first.key !== `${prefix}sub` || !immutableSubject(v.text))?.text ??
          first?.clause.values[0]?.text;
        ctx.report(path, {
          target: 'key',
          message: `${statementLabel(s)} names the GitHub repository only by its names${example === undefined ? '' : ` (${JSON.stringify(example)})`}: if the organization or repository is renamed or deleted and someone else takes the name, their workflows get the same claims and can assume this role.`,
          help: `Pin the IDs GitHub never reuses: add "StringEquals": {"${issuer}:repository_owner_id": "OWNER-ID", "${issuer}:repository_id": "REPOSITORY-ID"}, or match the immutable subject repo:OWNER@OWNER-ID/REPO@REPO-ID:..., the default for repositories created after 15 July 2026 and for repositories that opt in.`,
        });
      }
    }
  },
});

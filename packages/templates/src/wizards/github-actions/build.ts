import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { exampleOf, globMatch, hasWildcard } from '../../scenarios/glob.js';
import { otherName } from '../../scenarios/sample-values.js';
import { type Context, scenario } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import type { GithubActionsInput } from './schema.js';
import { ISSUER, subjectFor } from './subject.js';

export const SID = 'GitHubActions';
export const ACTION = 'sts:AssumeRoleWithWebIdentity';

export function subjects(input: GithubActionsInput): string[] {
  const refs = input.refKind === 'pull_request' ? [''] : input.refs;
  return input.repos.flatMap((repo) => refs.map((ref) => subjectFor(input.org, repo, input.refKind, ref)));
}

export function buildStatements(input: GithubActionsInput): StatementJson[] {
  const subs = subjects(input);
  const conditions = new ConditionBuilder()
    .add('StringEquals', `${ISSUER}:aud`, ['sts.amazonaws.com'])
    // The 2026 per-claim key the reference backs for pinning the repository (§5.4, §8.5).
    .add('StringEquals', `${ISSUER}:repository_id`, input.repositoryIds)
    .add(subs.some(hasWildcard) ? 'StringLike' : 'StringEquals', `${ISSUER}:sub`, subs);
  return [
    statement({
      sid: SID,
      principal: { Federated: `arn:aws:iam::${input.providerAccount}:oidc-provider/${ISSUER}` },
      actions: [ACTION],
      conditions,
    }),
  ];
}

export function buildScenarios(input: GithubActionsInput): StarterScenario[] {
  const subs = subjects(input);
  const matches = (sub: string) => subs.some((p) => globMatch(p, sub));
  const repo = exampleOf(input.repos[0] as string);
  const ref = exampleOf(input.refs[0] ?? '');
  const sub = subjectFor(input.org, repo, input.refKind, ref);
  const base: Context = {
    [`${ISSUER}:aud`]: 'sts.amazonaws.com',
    [`${ISSUER}:sub`]: sub,
    ...(input.repositoryIds[0] === undefined ? {} : { [`${ISSUER}:repository_id`]: input.repositoryIds[0] }),
  };
  const who = { Federated: `arn:aws:iam::${input.providerAccount}:oidc-provider/${ISSUER}` };
  const where = input.refKind === 'pull_request' ? 'a pull request' : `${input.refKind} ${ref}`;
  const out = [
    scenario(`allowed: a workflow in ${input.org}/${repo} for ${where}`, who, base, 'allow', ACTION),
  ];
  const nearMiss = (name: string, candidate: string) => {
    if (!matches(candidate))
      out.push(scenario(name, who, { ...base, [`${ISSUER}:sub`]: candidate }, 'implicit-deny', ACTION));
  };
  const otherRepo = otherName(repo, input.repos);
  nearMiss(
    `denied: another repository of the organization (${input.org}/${otherRepo})`,
    subjectFor(input.org, otherRepo, input.refKind, ref),
  );
  const otherOrg = `${input.org.slice(0, 33)}-fork`;
  nearMiss(
    `denied: a repository with the same name in ${otherOrg}`,
    subjectFor(otherOrg, repo, input.refKind, ref),
  );
  if (input.refKind === 'branch') {
    const otherBranch = otherName(ref, input.refs, 'unlisted-');
    nearMiss(
      `denied: another branch of ${input.org}/${repo} (${otherBranch})`,
      subjectFor(input.org, repo, 'branch', otherBranch),
    );
  }
  if (input.refKind === 'environment')
    nearMiss(
      'denied: a job without the environment (branch main)',
      subjectFor(input.org, repo, 'branch', 'main'),
    );
  if (input.refKind === 'tag')
    nearMiss('denied: a branch push instead of a tag (main)', subjectFor(input.org, repo, 'branch', 'main'));
  if (input.refKind === 'pull_request')
    nearMiss(
      'denied: a push to main instead of a pull request',
      subjectFor(input.org, repo, 'branch', 'main'),
    );
  else nearMiss('denied: a pull request workflow', subjectFor(input.org, repo, 'pull_request', ''));
  out.push(
    scenario(
      "denied: a token requested for another audience (GitHub's default)",
      who,
      { ...base, [`${ISSUER}:aud`]: `https://github.com/${input.org}` },
      'implicit-deny',
      ACTION,
    ),
  );
  if (input.repositoryIds[0] !== undefined) {
    const other = input.repositoryIds.includes('999999999') ? '999999998' : '999999999';
    out.push(
      scenario(
        'denied: a repository re-created under the same name (new repository_id)',
        who,
        { ...base, [`${ISSUER}:repository_id`]: other },
        'implicit-deny',
        ACTION,
      ),
    );
  }
  return out;
}

export function buildWarnings(input: GithubActionsInput): string[] {
  const out: string[] = [];
  const wildRepos = input.repos.filter(hasWildcard);
  if (wildRepos.length > 0)
    out.push(
      `Wildcard over repositories (${wildRepos.map((r) => `repo:${input.org}/${r}`).join(', ')}): every matching repository of ${input.org}, including ones created later, can assume this role. Name the repositories.`,
    );
  if (input.refs.some(hasWildcard))
    out.push(
      'A wildcard in a branch, tag or environment name lets anyone who can create a matching one assume the role; protect those names.',
    );
  if (input.refKind === 'pull_request')
    out.push(
      'Pull-request workflows run the code of the pull request: anyone who can open one can use this role.',
    );
  if (input.repositoryIds.length > 0)
    out.push(
      'repository_id is one of the per-claim keys STS evaluates since January 2026; confirm it is available for your provider before relying on it.',
    );
  out.push(
    "Organizations and repositories can customise the sub claim template; these subjects assume GitHub's default format.",
  );
  return out;
}

export function build(input: GithubActionsInput): WizardOutput {
  return {
    statements: buildStatements(input),
    scenarios: buildScenarios(input),
    warnings: buildWarnings(input),
  };
}

import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { exampleOf, globMatch, hasWildcard } from '../../scenarios/glob.js';
import { otherName } from '../../scenarios/sample-values.js';
import { type Context, scenario } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import type { GithubActionsInput } from './schema.js';
import { ISSUER, subjectFor, withId } from './subject.js';

export const SID = 'GitHubActions';
export const ACTION = 'sts:AssumeRoleWithWebIdentity';

const immutable = (input: GithubActionsInput): boolean => input.subjectFormat === 'immutable';

/** The owner as the subject names it: `org`, or `org@OWNER-ID` for immutable subjects. */
function ownerPart(input: GithubActionsInput): string {
  return immutable(input) ? withId(input.org, input.ownerId) : input.org;
}

/** Repository `i` as the subject names it. */
function repoPart(input: GithubActionsInput, i: number): string {
  const repo = input.repos[i] as string;
  return immutable(input) ? withId(repo, input.repositoryIds[i]) : repo;
}

export function subjects(input: GithubActionsInput): string[] {
  const refs = input.refKind === 'pull_request' ? [''] : input.refs;
  return input.repos.flatMap((_, i) =>
    refs.map((ref) => subjectFor(ownerPart(input), repoPart(input, i), input.refKind, ref)),
  );
}

export function buildStatements(input: GithubActionsInput): StatementJson[] {
  const subs = subjects(input);
  // With names-only subjects the IDs are pinned by the 2026 per-claim keys STS evaluates
  // (service authorization reference); immutable subjects carry them, so they are not repeated.
  const ids = !immutable(input);
  const conditions = new ConditionBuilder()
    .add('StringEquals', `${ISSUER}:aud`, ['sts.amazonaws.com'])
    .add('StringEquals', `${ISSUER}:repository_owner_id`, ids && input.ownerId !== '' ? [input.ownerId] : [])
    .add('StringEquals', `${ISSUER}:repository_id`, ids ? input.repositoryIds : [])
    .add(subs.some(hasWildcard) ? 'StringLike' : 'StringEquals', `${ISSUER}:sub`, subs)
    .add(
      input.jobWorkflowRefs.some(hasWildcard) ? 'StringLike' : 'StringEquals',
      `${ISSUER}:job_workflow_ref`,
      input.jobWorkflowRefs,
    );
  return [
    statement({
      sid: SID,
      principal: { Federated: `arn:aws:iam::${input.providerAccount}:oidc-provider/${ISSUER}` },
      actions: [ACTION],
      conditions,
    }),
  ];
}

/** A numeric ID none of `taken` is. */
function otherId(taken: readonly string[]): string {
  for (let n = 999999999; ; n--) if (!taken.includes(String(n))) return String(n);
}

export function buildScenarios(input: GithubActionsInput): StarterScenario[] {
  const subs = subjects(input);
  const matches = (sub: string) => subs.some((p) => globMatch(p, sub));
  const repo = exampleOf(input.repos[0] as string);
  const repoInSub = immutable(input) ? withId(repo, input.repositoryIds[0]) : repo;
  const ref = exampleOf(input.refs[0] ?? '');
  const owner = ownerPart(input);
  const sub = subjectFor(owner, repoInSub, input.refKind, ref);
  const pinsOwner = !immutable(input) && input.ownerId !== '';
  const pinsRepo = !immutable(input) && input.repositoryIds[0] !== undefined;
  const base: Context = {
    [`${ISSUER}:aud`]: 'sts.amazonaws.com',
    [`${ISSUER}:sub`]: sub,
    ...(pinsOwner ? { [`${ISSUER}:repository_owner_id`]: input.ownerId } : {}),
    ...(pinsRepo ? { [`${ISSUER}:repository_id`]: input.repositoryIds[0] as string } : {}),
    ...(input.jobWorkflowRefs[0] === undefined
      ? {}
      : { [`${ISSUER}:job_workflow_ref`]: exampleOf(input.jobWorkflowRefs[0]) }),
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
  const otherRepoInSub = immutable(input) ? withId(otherRepo, otherId(input.repositoryIds)) : otherRepo;
  nearMiss(
    `denied: another repository of the organization (${input.org}/${otherRepo})`,
    subjectFor(owner, otherRepoInSub, input.refKind, ref),
  );
  const otherOrg = `${input.org.slice(0, 33)}-fork`;
  nearMiss(
    `denied: a repository with the same name in ${otherOrg}`,
    subjectFor(
      immutable(input) ? withId(otherOrg, otherId([input.ownerId])) : otherOrg,
      repoInSub,
      input.refKind,
      ref,
    ),
  );
  if (input.refKind === 'branch') {
    const otherBranch = otherName(ref, input.refs, 'unlisted-');
    nearMiss(
      `denied: another branch of ${input.org}/${repo} (${otherBranch})`,
      subjectFor(owner, repoInSub, 'branch', otherBranch),
    );
  }
  if (input.refKind === 'environment')
    nearMiss(
      'denied: a job without the environment (branch main)',
      subjectFor(owner, repoInSub, 'branch', 'main'),
    );
  if (input.refKind === 'tag')
    nearMiss('denied: a branch push instead of a tag (main)', subjectFor(owner, repoInSub, 'branch', 'main'));
  if (input.refKind === 'pull_request')
    nearMiss(
      'denied: a push to main instead of a pull request',
      subjectFor(owner, repoInSub, 'branch', 'main'),
    );
  else nearMiss('denied: a pull request workflow', subjectFor(owner, repoInSub, 'pull_request', ''));
  if (immutable(input)) {
    nearMiss(
      `denied: ${input.org}/${repo} re-created under the same name (a new repository ID in sub)`,
      subjectFor(owner, withId(repo, otherId(input.repositoryIds)), input.refKind, ref),
    );
    nearMiss(
      'denied: a token with the names-only subject (the repository does not use immutable subjects)',
      subjectFor(input.org, repo, input.refKind, ref),
    );
  }
  out.push(
    scenario(
      "denied: a token requested for another audience (GitHub's default)",
      who,
      { ...base, [`${ISSUER}:aud`]: `https://github.com/${input.org}` },
      'implicit-deny',
      ACTION,
    ),
  );
  if (pinsOwner)
    out.push(
      scenario(
        `denied: an organization named ${input.org} that belongs to someone else now (another repository_owner_id)`,
        who,
        { ...base, [`${ISSUER}:repository_owner_id`]: otherId([input.ownerId]) },
        'implicit-deny',
        ACTION,
      ),
    );
  if (pinsRepo)
    out.push(
      scenario(
        'denied: a repository re-created under the same name (new repository_id)',
        who,
        { ...base, [`${ISSUER}:repository_id`]: otherId(input.repositoryIds) },
        'implicit-deny',
        ACTION,
      ),
    );
  const firstWorkflow = input.jobWorkflowRefs[0];
  if (firstWorkflow !== undefined) {
    const other = `${input.org}/${otherRepo}/.github/workflows/other.yml@refs/heads/main`;
    if (!input.jobWorkflowRefs.some((p) => globMatch(p, other)))
      out.push(
        scenario(
          'denied: a job that calls another reusable workflow (job_workflow_ref)',
          who,
          { ...base, [`${ISSUER}:job_workflow_ref`]: other },
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
  if (immutable(input))
    out.push(
      "Immutable subjects are what GitHub issues for repositories created after 15 July 2026, renamed or transferred after that date, or whose organization or repository opted in (not on GitHub Enterprise Server); a repository still on names-only subjects is denied. Check one token's sub.",
    );
  else if (input.ownerId === '' && input.repositoryIds.length === 0)
    out.push(
      `Names only: if ${input.org} or a repository is renamed or deleted and someone else takes the name, their workflows match. Add the owner ID and the repository IDs (STS evaluates repository_owner_id and repository_id since January 2026).`,
    );
  if (input.jobWorkflowRefs.length > 0)
    out.push(
      'GitHub sets job_workflow_ref for jobs that use a reusable workflow; check that a token of your job carries the value you listed, or every job is denied.',
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

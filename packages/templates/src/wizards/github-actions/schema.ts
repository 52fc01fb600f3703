import * as z from 'zod';
import { checkAccountId } from '../../validate/account.js';
import { checkRows, compact, list, reporter, requireRows, text } from '../../wizard/schema-helpers.js';
import { REF_KINDS, SUBJECT_FORMATS } from './subject.js';

const ORG = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._*?-]{1,100}$/;
const REF = /^[^\s:]{1,255}$/;
const NUMERIC_ID = /^[1-9]\d{0,19}$/;
/** OWNER/REPO/.github/workflows/FILE.yml@REF, wildcards allowed (they switch to StringLike). */
const JOB_WORKFLOW_REF = /^[^\s/@]+\/[^\s/@]+\/\.github\/workflows\/[^\s@]+@\S+$/;

const shape = z.object({
  providerAccount: text(),
  org: text(),
  ownerId: text(),
  repos: list(),
  subjectFormat: z.enum(SUBJECT_FORMATS),
  refKind: z.enum(REF_KINDS),
  refs: list(),
  repositoryIds: list(),
  jobWorkflowRefs: list(),
});

export type GithubActionsInput = z.output<typeof shape>;

const REF_WORD = { branch: 'branch', tag: 'tag', environment: 'environment', pull_request: '' } as const;

export const githubActionsSchema = shape
  .superRefine((v, ctx) => {
    const report = reporter(ctx);
    const immutable = v.subjectFormat === 'immutable';
    report('providerAccount', checkAccountId(v.providerAccount));
    if (v.org === '') report('org', 'Enter the GitHub organization or user that owns the repositories.');
    else if (/[*?]/.test(v.org))
      report(
        'org',
        'The organization must be exact: a wildcard there lets repositories of other GitHub owners in.',
      );
    else if (!ORG.test(v.org))
      report('org', 'A GitHub organization name uses letters, digits and single hyphens (up to 39).');
    if (v.ownerId !== '' && !NUMERIC_ID.test(v.ownerId))
      report('ownerId', "An owner ID is the organization's or user's number, such as 65.");
    else if (immutable && v.ownerId === '')
      report('ownerId', "Immutable subjects carry the owner's ID (repo:ORG@OWNER-ID/...): enter it.");
    requireRows(report, 'repos', v.repos, 'Add at least one repository.');
    checkRows(report, 'repos', v.repos, (repo) => {
      if (!REPO.test(repo)) return 'A repository name uses letters, digits, . _ - (and * or ? as wildcards).';
      if (immutable && /[*?]/.test(repo))
        return 'With immutable subjects each repository is named exactly, with its ID; a wildcard cannot carry an ID.';
      return undefined;
    });
    if (v.refKind !== 'pull_request') {
      const word = REF_WORD[v.refKind];
      requireRows(report, 'refs', v.refs, `Add at least one ${word}.`);
      checkRows(report, 'refs', v.refs, (ref) => {
        if (!REF.test(ref)) return `A ${word} name has no spaces or colons.`;
        if (v.refKind !== 'environment' && ref.startsWith('refs/'))
          return `Give the ${word} name alone (main), not the full ref (refs/heads/main).`;
        return undefined;
      });
    }
    checkRows(report, 'repositoryIds', v.repositoryIds, (id) =>
      NUMERIC_ID.test(id) ? undefined : "A repository ID is the repository's number, such as 812345678.",
    );
    const repos = compact(v.repos).length;
    const ids = compact(v.repositoryIds).length;
    if (immutable && repos > 0 && ids !== repos)
      report(
        'repositoryIds',
        `Immutable subjects carry each repository's ID: give one ID per repository, in the same order (${repos} ${repos === 1 ? 'repository' : 'repositories'}, ${ids} ${ids === 1 ? 'ID' : 'IDs'}).`,
      );
    checkRows(report, 'jobWorkflowRefs', v.jobWorkflowRefs, (ref) =>
      JOB_WORKFLOW_REF.test(ref)
        ? undefined
        : 'A job workflow ref is OWNER/REPO/.github/workflows/FILE.yml@REF, such as example-org/deploy/.github/workflows/deploy.yml@refs/heads/main.',
    );
  })
  .transform(
    (v): GithubActionsInput => ({
      ...v,
      repos: compact(v.repos),
      refs: v.refKind === 'pull_request' ? [] : compact(v.refs),
      repositoryIds: compact(v.repositoryIds),
      jobWorkflowRefs: compact(v.jobWorkflowRefs),
    }),
  );

import * as z from 'zod';
import { checkAccountId } from '../../validate/account.js';
import { checkRows, compact, list, reporter, requireRows, text } from '../../wizard/schema-helpers.js';
import { REF_KINDS } from './subject.js';

const ORG = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._*?-]{1,100}$/;
const REF = /^[^\s:]{1,255}$/;
const REPOSITORY_ID = /^[1-9]\d{0,19}$/;

const shape = z.object({
  providerAccount: text(),
  org: text(),
  repos: list(),
  refKind: z.enum(REF_KINDS),
  refs: list(),
  repositoryIds: list(),
});

export type GithubActionsInput = z.output<typeof shape>;

const REF_WORD = { branch: 'branch', tag: 'tag', environment: 'environment', pull_request: '' } as const;

export const githubActionsSchema = shape
  .superRefine((v, ctx) => {
    const report = reporter(ctx);
    report('providerAccount', checkAccountId(v.providerAccount));
    if (v.org === '') report('org', 'Enter the GitHub organization or user that owns the repositories.');
    else if (/[*?]/.test(v.org))
      report(
        'org',
        'The organization must be exact: a wildcard there lets repositories of other GitHub owners in.',
      );
    else if (!ORG.test(v.org))
      report('org', 'A GitHub organization name uses letters, digits and single hyphens (up to 39).');
    requireRows(report, 'repos', v.repos, 'Add at least one repository.');
    checkRows(report, 'repos', v.repos, (repo) =>
      REPO.test(repo)
        ? undefined
        : 'A repository name uses letters, digits, . _ - (and * or ? as wildcards).',
    );
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
      REPOSITORY_ID.test(id) ? undefined : "A repository id is the repository's number, such as 812345678.",
    );
  })
  .transform(
    (v): GithubActionsInput => ({
      ...v,
      repos: compact(v.repos),
      refs: v.refKind === 'pull_request' ? [] : compact(v.refs),
      repositoryIds: compact(v.repositoryIds),
    }),
  );

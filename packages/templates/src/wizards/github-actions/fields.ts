import type { FieldMeta } from '../../types/wizard.js';
import type { GithubActionsInput } from './schema.js';

export const githubActionsFields: readonly FieldMeta<keyof GithubActionsInput>[] = [
  {
    name: 'providerAccount',
    label: 'Account of the GitHub OIDC provider',
    help: "The account holding the IAM OIDC provider for token.actions.githubusercontent.com (normally this role's account).",
    kind: 'text',
    placeholder: '444455556666',
  },
  {
    name: 'org',
    label: 'GitHub organization',
    help: 'The owner of the repositories, exactly as on GitHub.',
    kind: 'text',
    placeholder: 'example-org',
  },
  {
    name: 'ownerId',
    label: 'Owner ID',
    help: "The organization's or user's numeric ID (the repository_owner_id claim; also the id of the organization in GitHub's REST API). IDs are never reused, unlike names: with names only, whoever takes over a renamed or deleted organization's name would match. Written as repository_owner_id, or inside immutable subjects.",
    kind: 'text',
    placeholder: '65',
  },
  {
    name: 'repos',
    label: 'Repositories',
    help: 'One repository name per row. A wildcard here (*) trusts every matching repository of the organization, including ones created later.',
    kind: 'list',
    placeholder: 'payments-api',
  },
  {
    name: 'subjectFormat',
    label: 'Subject format',
    help: "Which sub claim the repositories' tokens carry. GitHub issues immutable subjects (with the owner and repository IDs) for repositories created after 15 July 2026, renamed or transferred after that date, or whose organization or repository opted in; older repositories keep names only. Check one token's sub before choosing.",
    kind: 'select',
    options: [
      {
        value: 'names',
        label: 'Names only',
        help: 'repo:ORG/REPO:... (repositories that did not opt in to immutable subjects)',
      },
      {
        value: 'immutable',
        label: 'Immutable (names with IDs)',
        help: 'repo:ORG@OWNER-ID/REPO@REPO-ID:... (needs the owner ID and one repository ID per repository)',
      },
    ],
  },
  {
    name: 'refKind',
    label: 'Workflows that may assume the role',
    help: "What the token's sub claim must name. A job that references an environment always gets the environment form.",
    kind: 'select',
    options: [
      { value: 'branch', label: 'Branches', help: 'repo:ORG/REPO:ref:refs/heads/BRANCH' },
      { value: 'environment', label: 'Deployment environments', help: 'repo:ORG/REPO:environment:NAME' },
      { value: 'tag', label: 'Tags', help: 'repo:ORG/REPO:ref:refs/tags/TAG' },
      {
        value: 'pull_request',
        label: 'Pull requests',
        help: 'repo:ORG/REPO:pull_request (code from the pull request runs with the role)',
      },
    ],
  },
  {
    name: 'refs',
    label: 'Branches, environments or tags',
    help: 'One name per row (main, production, v*). Wildcards (* and ?) switch the sub check to StringLike; keep them narrow.',
    kind: 'list',
    placeholder: 'main',
    visibleWhen: { field: 'refKind', equals: ['branch', 'environment', 'tag'] },
  },
  {
    name: 'repositoryIds',
    label: 'Repository IDs',
    help: "The repositories' numeric IDs (the repository_id claim), which GitHub never reuses. With names only they are optional and written as repository_id, which STS evaluates since January 2026; with immutable subjects give one per repository, in the same order, and they go into the subjects.",
    kind: 'list',
    placeholder: '812345678',
  },
  {
    name: 'jobWorkflowRefs',
    label: 'Reusable workflows (optional)',
    help: 'Only jobs that call one of these reusable workflows may assume the role (the job_workflow_ref claim, which STS evaluates since January 2026): OWNER/REPO/.github/workflows/FILE.yml@REF. GitHub sets this claim for jobs that use a reusable workflow. Wildcards switch the check to StringLike.',
    kind: 'list',
    placeholder: 'example-org/deploy/.github/workflows/deploy.yml@refs/heads/main',
  },
];

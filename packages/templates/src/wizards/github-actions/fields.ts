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
    name: 'repos',
    label: 'Repositories',
    help: 'One repository name per row. A wildcard here (*) trusts every matching repository of the organization, including ones created later.',
    kind: 'list',
    placeholder: 'payments-api',
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
    label: 'Repository ids (optional)',
    help: "Since January 2026 STS can check GitHub's repository_id claim; pinning the numeric id keeps out a repository deleted and re-created under the same name. Confirm the key works for your provider before relying on it.",
    kind: 'list',
    placeholder: '812345678',
  },
];

import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { githubActionsFields } from './fields.js';
import { type GithubActionsInput, githubActionsSchema } from './schema.js';

export { type GithubActionsInput, githubActionsSchema } from './schema.js';

export const githubActions = defineWizard<GithubActionsInput>({
  id: 'github-actions',
  title: 'GitHub Actions (OIDC)',
  description:
    "Let workflows of named repositories, on given branches, environments or tags, assume this role with GitHub's OIDC tokens.",
  schema: githubActionsSchema,
  fields: githubActionsFields,
  defaults: {
    providerAccount: '',
    org: '',
    ownerId: '',
    repos: [],
    subjectFormat: 'names',
    refKind: 'environment',
    refs: [],
    repositoryIds: [],
    jobWorkflowRefs: [],
  },
  example: {
    providerAccount: '444455556666',
    org: 'example-org',
    ownerId: '65',
    repos: ['payments-api'],
    subjectFormat: 'names',
    refKind: 'environment',
    refs: ['production'],
    repositoryIds: ['812345678'],
    jobWorkflowRefs: [],
  },
  build,
  extract,
});

import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { orgWideFields } from './fields.js';
import { type OrgWideInput, orgWideSchema } from './schema.js';

export { WORLD_WARNING } from './build.js';
export { type OrgWideInput, orgWideSchema } from './schema.js';

export const orgWide = defineWizard<OrgWideInput>({
  id: 'org-wide',
  title: 'Organization-wide role',
  description:
    'Let any principal in your AWS Organization (optionally only some OUs) assume this role, with {"AWS":"*"} held in by aws:PrincipalOrgID.',
  schema: orgWideSchema,
  fields: orgWideFields,
  defaults: { orgId: '', orgPaths: [] },
  example: { orgId: 'o-k3x9q2m7vd', orgPaths: ['o-k3x9q2m7vd/r-7h2c/ou-7h2c-4gq8ztbp/*'] },
  build,
  extract,
});

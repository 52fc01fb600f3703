import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { roleChainingFields } from './fields.js';
import { type RoleChainingInput, roleChainingSchema } from './schema.js';

export { type RoleChainingInput, roleChainingSchema } from './schema.js';

export const roleChaining = defineWizard<RoleChainingInput>({
  id: 'role-chaining',
  title: 'Role chaining from a specific role',
  description:
    'Let sessions of one specific role (often in another account) assume this role, pinned by aws:PrincipalArn or by its role id with aws:userid.',
  schema: roleChainingSchema,
  fields: roleChainingFields,
  defaults: { method: 'principal-arn', roleArn: '', roleId: '', sessionPattern: '*' },
  example: {
    method: 'role-id',
    roleArn: 'arn:aws:iam::444455556666:role/ci/deployer',
    roleId: 'AROAEXAMPLEDEPLOYER1',
    sessionPattern: 'build-*',
  },
  build,
  extract,
});

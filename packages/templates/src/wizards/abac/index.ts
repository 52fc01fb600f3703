import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { abacFields } from './fields.js';
import { type AbacInput, abacSchema } from './schema.js';

export { type AbacInput, abacSchema } from './schema.js';

export const abac = defineWizard<AbacInput>({
  id: 'abac',
  title: 'Tag-based access (ABAC)',
  description:
    'Let users and roles of an account assume this role when they carry a given principal tag value.',
  schema: abacSchema,
  fields: abacFields,
  defaults: { account: '', tagKey: '', tagValues: [] },
  example: { account: '444455556666', tagKey: 'team', tagValues: ['payments'] },
  build,
  extract,
});

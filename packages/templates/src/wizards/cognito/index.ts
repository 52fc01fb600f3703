import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { cognitoFields } from './fields.js';
import { type CognitoInput, cognitoSchema } from './schema.js';

export { type CognitoInput, cognitoSchema } from './schema.js';

export const cognito = defineWizard<CognitoInput>({
  id: 'cognito',
  title: 'Amazon Cognito identity pool',
  description: 'Let signed-in users (or guests) of one Cognito identity pool assume this role.',
  schema: cognitoSchema,
  fields: cognitoFields,
  defaults: { identityPoolId: '', identities: 'authenticated' },
  example: { identityPoolId: 'us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d', identities: 'authenticated' },
  build,
  extract,
});

import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { googleFields } from './fields.js';
import { type GoogleInput, googleSchema } from './schema.js';

export { type GoogleInput, googleSchema } from './schema.js';

export const google = defineWizard<GoogleInput>({
  id: 'google',
  title: 'Google sign-in',
  description:
    'Let users who sign in to your app with Google assume this role, optionally only named Google users.',
  schema: googleSchema,
  fields: googleFields,
  defaults: { audience: '', subjects: [] },
  example: { audience: '123456789012-abc123.apps.googleusercontent.com', subjects: [] },
  build,
  extract,
});

import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { samlFields } from './fields.js';
import { type SamlInput, samlSchema } from './schema.js';

export { type SamlInput, samlSchema } from './schema.js';

export const saml = defineWizard<SamlInput>({
  id: 'saml',
  title: 'SAML 2.0 federation',
  description:
    'Let people who sign in through your SAML identity provider assume this role, in the console and/or programmatically.',
  schema: samlSchema,
  fields: samlFields,
  defaults: { providerArn: '', access: 'console', signInRegion: '', attributes: [], sourceCidrs: [] },
  example: {
    providerArn: 'arn:aws:iam::444455556666:saml-provider/CorpIdP',
    access: 'console',
    signInRegion: '',
    attributes: ['saml:iss=https://idp.example.org/saml/metadata', 'saml:edupersonaffiliation=staff'],
    sourceCidrs: [],
  },
  build,
  extract,
});

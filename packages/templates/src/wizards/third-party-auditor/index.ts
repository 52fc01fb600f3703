import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { thirdPartyAuditorFields } from './fields.js';
import { type ThirdPartyAuditorInput, thirdPartyAuditorSchema } from './schema.js';

export { EXTERNAL_ID_HELP, MFA_HELP } from './fields.js';
export { type ThirdPartyAuditorInput, thirdPartyAuditorSchema } from './schema.js';

export const thirdPartyAuditor = defineWizard<ThirdPartyAuditorInput>({
  id: 'third-party-auditor',
  title: 'Third-party auditor / cross-account',
  description:
    'Let another account, or specific users and roles in it, assume this role: with an external ID, MFA, source IP ranges and a time window.',
  schema: thirdPartyAuditorSchema,
  fields: thirdPartyAuditorFields,
  defaults: {
    principalKind: 'account',
    trustedAccount: '',
    principalArns: [],
    externalId: '',
    requireMfa: true,
    sourceCidrs: [],
    windowStart: '',
    windowEnd: '',
  },
  example: {
    principalKind: 'account',
    trustedAccount: '777788889999',
    principalArns: [],
    externalId: 'c7d1f2e4-9b3a-4e6d-8f21-5a0b7c9e1d33',
    requireMfa: true,
    sourceCidrs: ['198.51.100.0/24', '2001:db8:4a00::/40'],
    windowStart: '2026-12-01T00:00:00Z',
    windowEnd: '2026-12-19T23:59:59Z',
  },
  build,
  extract,
});

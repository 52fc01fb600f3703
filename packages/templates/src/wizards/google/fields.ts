import type { FieldMeta } from '../../types/wizard.js';
import type { GoogleInput } from './schema.js';

export const googleFields: readonly FieldMeta<keyof GoogleInput>[] = [
  {
    name: 'audience',
    label: 'OAuth client id',
    help: "Your app's Google OAuth client id, checked with accounts.google.com:aud (the token's azp claim when set, else its aud).",
    kind: 'text',
    placeholder: '123456789012-abc123.apps.googleusercontent.com',
  },
  {
    name: 'subjects',
    label: 'Google user ids (optional)',
    help: 'Limit the role to these Google users (accounts.google.com:sub). Empty: anyone who signs in to your app.',
    kind: 'list',
    placeholder: '110169484474386276334',
  },
];

import type { FieldMeta } from '../../types/wizard.js';
import type { CognitoInput } from './schema.js';

export const cognitoFields: readonly FieldMeta<keyof CognitoInput>[] = [
  {
    name: 'identityPoolId',
    label: 'Identity pool id',
    help: 'Checked with cognito-identity.amazonaws.com:aud. Without it any identity pool, in any account, could assume the role.',
    kind: 'text',
    placeholder: 'us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
  },
  {
    name: 'identities',
    label: 'Identities',
    help: 'Checked with ForAnyValue:StringLike on the multivalued cognito-identity.amazonaws.com:amr claim.',
    kind: 'select',
    options: [
      { value: 'authenticated', label: 'Signed-in users (authenticated)' },
      { value: 'unauthenticated', label: 'Guests (unauthenticated)' },
    ],
  },
];

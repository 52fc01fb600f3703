import type { FieldMeta } from '../../types/wizard.js';
import type { SamlInput } from './schema.js';

export const samlFields: readonly FieldMeta<keyof SamlInput>[] = [
  {
    name: 'providerArn',
    label: 'SAML provider ARN',
    help: 'The IAM SAML identity provider in this account.',
    kind: 'text',
    placeholder: 'arn:aws:iam::444455556666:saml-provider/CorpIdP',
  },
  {
    name: 'access',
    label: 'Access',
    help: 'How people use the role.',
    kind: 'select',
    options: [
      {
        value: 'console',
        label: 'Console and programmatic',
        help: 'Pins SAML:aud to the AWS sign-in endpoint the IdP posts to; CLI tools that reuse the same assertion also match.',
      },
      {
        value: 'programmatic',
        label: 'Programmatic only',
        help: 'No SAML:aud condition; at least one attribute condition says who may assume the role.',
      },
    ],
  },
  {
    name: 'signInRegion',
    label: 'Regional sign-in endpoint',
    help: 'Leave empty for https://signin.aws.amazon.com/saml. If the IdP posts to a regional endpoint (https://REGION.signin.aws.amazon.com/saml), give that Region: SAML:aud must match it exactly.',
    kind: 'text',
    placeholder: 'eu-west-1',
    visibleWhen: { field: 'access', equals: ['console'] },
  },
  {
    name: 'attributes',
    label: 'Extra SAML conditions',
    help: 'Optional, one key=value per row (saml:iss=..., saml:edupersonaffiliation=staff). Rows with the same key are alternatives; different keys must all match. Multivalued attributes are tested with ForAnyValue:StringEquals.',
    kind: 'list',
    placeholder: 'saml:iss=https://idp.example.org/saml/metadata',
  },
  {
    name: 'sourceCidrs',
    label: 'Source IP ranges',
    help: 'Optional public CIDR ranges the people sign in from (aws:SourceIp).',
    kind: 'cidr-list',
    placeholder: '203.0.113.0/24',
  },
];

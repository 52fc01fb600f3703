import type { FieldMeta } from '../../types/wizard.js';
import type { ThirdPartyAuditorInput } from './schema.js';

export const EXTERNAL_ID_HELP =
  'The external ID is not a secret. The vendor gives each of its customers a different one, ' +
  'and requiring it stops another customer of the same vendor from getting the vendor to act ' +
  'on your role (the "confused deputy"). Use the value the vendor gives you; generate one only ' +
  'if you are the one issuing it. Console switch-role cannot send an external ID, so with one ' +
  'set the role can be assumed only through the API or CLI.';

export const MFA_HELP =
  'Adds a Deny statement with BoolIfExists aws:MultiFactorAuthPresent "false". IfExists matters: ' +
  'a caller using long-term access keys without an MFA code sends no MFA key at all, and the Deny ' +
  'still refuses it. (The tempting Allow with BoolIfExists "true" would let exactly those callers ' +
  'in.) Role sessions carry no MFA information, so leave this off if the vendor calls from a role.';

export const thirdPartyAuditorFields: readonly FieldMeta<keyof ThirdPartyAuditorInput>[] = [
  {
    name: 'principalKind',
    label: 'Who may assume the role',
    help: 'Trusting the account lets the vendor decide which of its identities may call; naming users or roles keeps that choice with you.',
    kind: 'select',
    options: [
      { value: 'account', label: 'A trusted account', help: 'The vendor account as a whole (its root ARN).' },
      { value: 'principals', label: 'Specific users or roles', help: 'One or more IAM user or role ARNs.' },
    ],
  },
  {
    name: 'trustedAccount',
    label: 'Trusted account id',
    help: 'The 12-digit AWS account id of the auditor or vendor.',
    kind: 'text',
    placeholder: '777788889999',
    visibleWhen: { field: 'principalKind', equals: ['account'] },
  },
  {
    name: 'principalArns',
    label: 'User or role ARNs',
    help: 'One ARN per row. IAM must be able to resolve each ARN when you save the policy.',
    kind: 'list',
    placeholder: 'arn:aws:iam::777788889999:role/AuditorAccess',
    visibleWhen: { field: 'principalKind', equals: ['principals'] },
  },
  {
    name: 'externalId',
    label: 'External ID',
    help: EXTERNAL_ID_HELP,
    kind: 'text',
    assist: 'generate-external-id',
    placeholder: 'c7d1f2e4-9b3a-4e6d-8f21-5a0b7c9e1d33',
  },
  { name: 'requireMfa', label: 'Require MFA', help: MFA_HELP, kind: 'boolean' },
  {
    name: 'sourceCidrs',
    label: 'Source IP ranges',
    help: 'Public IPv4 or IPv6 CIDR ranges the auditor calls from. Leave empty for any address. Calls through an STS VPC endpoint carry no source IP and are refused when ranges are set.',
    kind: 'cidr-list',
    placeholder: '198.51.100.0/24',
  },
  {
    name: 'windowStart',
    label: 'Window opens',
    help: 'The role can be assumed only after this instant (DateGreaterThan aws:CurrentTime). ISO 8601 with a time zone.',
    kind: 'datetime',
    placeholder: '2026-12-01T00:00:00Z',
  },
  {
    name: 'windowEnd',
    label: 'Window closes',
    help: 'The role can be assumed only before this instant (DateLessThan aws:CurrentTime). Sessions already issued keep running until they expire.',
    kind: 'datetime',
    placeholder: '2026-12-19T23:59:59Z',
  },
];

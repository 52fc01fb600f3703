import type { FieldMeta } from '../../types/wizard.js';
import type { EksPodIdentityInput } from './schema.js';

const TAG_HELP =
  'Checked on the session tag EKS Pod Identity attaches (aws:RequestTag/...). If session tags are disabled on the association, this condition can never match.';
const UNSURE =
  'Optional hardening to verify: the semantics reference (§8.7) marks the presence of this key in the Pod Identity flow as unsure, so confirm one real assumption works before relying on it.';

export const eksPodIdentityFields: readonly FieldMeta<keyof EksPodIdentityInput>[] = [
  {
    name: 'clusterName',
    label: 'Cluster name',
    help: `Optional. ${TAG_HELP}`,
    kind: 'text',
    placeholder: 'prod-eu',
  },
  {
    name: 'namespace',
    label: 'Namespace',
    help: `Optional. ${TAG_HELP}`,
    kind: 'text',
    placeholder: 'payments',
  },
  {
    name: 'serviceAccount',
    label: 'Service account',
    help: `Optional. ${TAG_HELP}`,
    kind: 'text',
    placeholder: 'api-server',
  },
  {
    name: 'sourceAccount',
    label: 'Cluster account (aws:SourceAccount)',
    help: `Optional. ${UNSURE}`,
    kind: 'text',
    placeholder: '111122223333',
  },
  {
    name: 'clusterArn',
    label: 'Cluster ARN (aws:SourceArn)',
    help: `Optional. ${UNSURE}`,
    kind: 'text',
    placeholder: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod-eu',
  },
];

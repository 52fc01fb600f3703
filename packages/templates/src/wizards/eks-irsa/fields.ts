import type { FieldMeta } from '../../types/wizard.js';
import type { EksIrsaInput } from './schema.js';

export const eksIrsaFields: readonly FieldMeta<keyof EksIrsaInput>[] = [
  {
    name: 'issuerUrl',
    label: 'Cluster OIDC issuer URL',
    help: 'From aws eks describe-cluster --query cluster.identity.oidc.issuer. It names the IAM OIDC provider and prefixes the condition keys.',
    kind: 'text',
    placeholder: 'https://oidc.eks.eu-west-1.amazonaws.com/id/5C3A9E1F0B7D24A6E8F1C0D9B2A74E61',
  },
  {
    name: 'providerAccount',
    label: 'Account of the OIDC provider',
    help: "The account where the cluster's issuer is registered as an IAM OIDC provider: this role's account (for cross-account IRSA, register the issuer here too).",
    kind: 'text',
    placeholder: '444455556666',
  },
  {
    name: 'namespace',
    label: 'Namespace',
    help: 'The Kubernetes namespace of the service account.',
    kind: 'text',
    placeholder: 'payments',
  },
  {
    name: 'serviceAccount',
    label: 'Service account',
    help: 'The Kubernetes service account the pods run as; only it can assume the role (sub = system:serviceaccount:NAMESPACE:NAME).',
    kind: 'text',
    placeholder: 'api-server',
  },
];

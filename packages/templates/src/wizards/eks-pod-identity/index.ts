import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { eksPodIdentityFields } from './fields.js';
import { type EksPodIdentityInput, eksPodIdentitySchema } from './schema.js';

export { type EksPodIdentityInput, eksPodIdentitySchema } from './schema.js';

export const eksPodIdentity = defineWizard<EksPodIdentityInput>({
  id: 'eks-pod-identity',
  title: 'EKS Pod Identity',
  description:
    'Let EKS Pod Identity (pods.eks.amazonaws.com) assume and tag this role for pods, optionally only for one cluster, namespace or service account.',
  schema: eksPodIdentitySchema,
  fields: eksPodIdentityFields,
  defaults: { clusterName: '', namespace: '', serviceAccount: '', sourceAccount: '', clusterArn: '' },
  example: {
    clusterName: 'prod-eu',
    namespace: 'payments',
    serviceAccount: 'api-server',
    sourceAccount: '',
    clusterArn: '',
  },
  build,
  extract,
});

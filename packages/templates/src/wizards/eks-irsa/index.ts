import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { eksIrsaFields } from './fields.js';
import { type EksIrsaInput, eksIrsaSchema } from './schema.js';

export { type EksIrsaInput, eksIrsaSchema } from './schema.js';

export const eksIrsa = defineWizard<EksIrsaInput>({
  id: 'eks-irsa',
  title: 'EKS IAM roles for service accounts (IRSA)',
  description:
    "Let pods running as one Kubernetes service account of an EKS cluster assume this role through the cluster's OIDC issuer.",
  schema: eksIrsaSchema,
  fields: eksIrsaFields,
  defaults: { issuerUrl: '', providerAccount: '', namespace: '', serviceAccount: '' },
  example: {
    issuerUrl: 'https://oidc.eks.eu-west-1.amazonaws.com/id/5C3A9E1F0B7D24A6E8F1C0D9B2A74E61',
    providerAccount: '444455556666',
    namespace: 'payments',
    serviceAccount: 'api-server',
  },
  build,
  extract,
});

import { parseArn } from '@trustwright/core';
import {
  conditionValues,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import type { EksIrsaInput } from './schema.js';

const SUB = /^system:serviceaccount:([^:]+):([^:]+)$/;

export function extract(statements: readonly ShapeStatement[]): Extraction<EksIrsaInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined) return notInShape(extra, 'is one more statement than the EKS IRSA wizard writes');
  const providers = principalValues(only, 'Federated');
  if (principalTypes(only).length !== 1 || providers.length !== 1)
    return notInShape(only, 'does not trust exactly one OIDC provider');
  const arn = parseArn(providers[0] as string);
  const host = arn?.resource.startsWith('oidc-provider/')
    ? arn.resource.slice('oidc-provider/'.length)
    : undefined;
  if (arn === undefined || host === undefined || !host.startsWith('oidc.eks.'))
    return notInShape(only, "does not trust an EKS cluster's OIDC provider");
  const subs = conditionValues(only, 'StringEquals', `${host}:sub`);
  if (subs === undefined)
    return notInShape(
      only,
      `has no StringEquals ${host}:sub condition: without it every service account of the cluster can assume the role`,
    );
  const m = subs.length === 1 ? SUB.exec(subs[0] as string) : null;
  if (m === null)
    return notInShape(only, 'does not name exactly one system:serviceaccount:NAMESPACE:NAME subject');
  return {
    ok: true,
    primaryIndex: only.index,
    input: {
      issuerUrl: `https://${host}`,
      providerAccount: arn.account,
      namespace: m[1] as string,
      serviceAccount: m[2] as string,
    },
  };
}

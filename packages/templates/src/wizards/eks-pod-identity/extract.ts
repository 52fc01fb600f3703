import {
  conditionValues,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import { SERVICE } from './build.js';
import type { EksPodIdentityInput } from './schema.js';

export function extract(statements: readonly ShapeStatement[]): Extraction<EksPodIdentityInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined)
    return notInShape(extra, 'is one more statement than the EKS Pod Identity wizard writes');
  if (principalTypes(only).join() !== 'Service' || principalValues(only, 'Service').join() !== SERVICE)
    return notInShape(only, `does not trust exactly ${SERVICE}`);
  const values: string[] = [];
  for (const [operator, key] of [
    ['StringEquals', 'aws:RequestTag/eks-cluster-name'],
    ['StringEquals', 'aws:RequestTag/kubernetes-namespace'],
    ['StringEquals', 'aws:RequestTag/kubernetes-service-account'],
    ['StringEquals', 'aws:SourceAccount'],
    ['ArnEquals', 'aws:SourceArn'],
  ] as const) {
    const found = conditionValues(only, operator, key);
    if (found !== undefined && found.length !== 1)
      return notInShape(only, `lists several values for ${key}; the wizard writes one`);
    values.push(found?.[0] ?? '');
  }
  const [clusterName, namespace, serviceAccount, sourceAccount, clusterArn] = values as [
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    ok: true,
    primaryIndex: only.index,
    input: { clusterName, namespace, serviceAccount, sourceAccount, clusterArn },
  };
}

import { isAccountId, PARTITIONS, parseArn } from '@trustwright/core';
import * as z from 'zod';
import { checkAccountId } from '../../validate/account.js';
import { reporter, text } from '../../wizard/schema-helpers.js';
import { NAMESPACE, SERVICE_ACCOUNT } from '../eks-irsa/schema.js';

const CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/;

const shape = z.object({
  clusterName: text(),
  namespace: text(),
  serviceAccount: text(),
  sourceAccount: text(),
  clusterArn: text(),
});

export type EksPodIdentityInput = z.output<typeof shape>;

/** The cluster name of `arn:aws:eks:REGION:ACCOUNT:cluster/NAME`, or the reason it is not one. */
export function checkClusterArn(value: string): { name: string; account: string } | string {
  const arn = parseArn(value);
  if (arn === undefined || !PARTITIONS.has(arn.partition))
    return 'Not a valid ARN: an EKS cluster ARN looks like arn:aws:eks:eu-west-1:111122223333:cluster/prod-eu.';
  if (arn.service !== 'eks')
    return `Not a valid ARN here: the service part is "${arn.service}"; a cluster ARN has "eks".`;
  if (arn.region === '') return "Not a valid ARN: a cluster ARN has the cluster's Region.";
  if (!isAccountId(arn.account))
    return `Not a valid ARN: the account part "${arn.account}" is not a 12-digit account id.`;
  const name = arn.resource.startsWith('cluster/') ? arn.resource.slice('cluster/'.length) : undefined;
  if (name === undefined || !CLUSTER_NAME.test(name))
    return 'Not a valid ARN here: the resource part must be cluster/NAME (no wildcards).';
  return { name, account: arn.account };
}

export const eksPodIdentitySchema = shape.superRefine((v, ctx) => {
  const report = reporter(ctx);
  if (v.clusterName !== '' && !CLUSTER_NAME.test(v.clusterName))
    report(
      'clusterName',
      'A cluster name is up to 100 letters, digits, "-" and "_", starting with a letter or digit.',
    );
  if (v.namespace !== '' && !NAMESPACE.test(v.namespace))
    report(
      'namespace',
      'A namespace is lowercase letters, digits and hyphens (up to 63), starting and ending with a letter or digit.',
    );
  if (v.serviceAccount !== '' && !SERVICE_ACCOUNT.test(v.serviceAccount))
    report(
      'serviceAccount',
      'A service account name is lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.',
    );
  if (v.sourceAccount !== '') report('sourceAccount', checkAccountId(v.sourceAccount));
  if (v.clusterArn !== '') {
    const cluster = checkClusterArn(v.clusterArn);
    if (typeof cluster === 'string') report('clusterArn', cluster);
    else if (v.sourceAccount !== '' && isAccountId(v.sourceAccount) && cluster.account !== v.sourceAccount)
      report(
        'clusterArn',
        `The cluster ARN is in ${cluster.account}, not the source account ${v.sourceAccount}.`,
      );
    else if (v.clusterName !== '' && cluster.name !== v.clusterName)
      report('clusterArn', `The cluster ARN names cluster ${cluster.name}, not ${v.clusterName}.`);
  }
});

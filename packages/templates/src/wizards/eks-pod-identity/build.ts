import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { otherAccount, otherName } from '../../scenarios/sample-values.js';
import { type Context, scenario } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import { checkClusterArn, type EksPodIdentityInput } from './schema.js';

export const SID = 'EksPodIdentity';
export const SERVICE = 'pods.eks.amazonaws.com';
/** Pod Identity tags every session, so sts:TagSession is required (semantics reference §8.7). */
export const ACTIONS = ['sts:AssumeRole', 'sts:TagSession'] as const;

const TAG = {
  clusterName: 'aws:RequestTag/eks-cluster-name',
  namespace: 'aws:RequestTag/kubernetes-namespace',
  serviceAccount: 'aws:RequestTag/kubernetes-service-account',
} as const;

export function buildStatements(input: EksPodIdentityInput): StatementJson[] {
  const one = (v: string) => (v === '' ? [] : [v]);
  const conditions = new ConditionBuilder()
    .add('StringEquals', TAG.clusterName, one(input.clusterName))
    .add('StringEquals', TAG.namespace, one(input.namespace))
    .add('StringEquals', TAG.serviceAccount, one(input.serviceAccount))
    .add('StringEquals', 'aws:SourceAccount', one(input.sourceAccount))
    .add('ArnEquals', 'aws:SourceArn', one(input.clusterArn));
  return [statement({ sid: SID, principal: { Service: SERVICE }, actions: ACTIONS, conditions })];
}

/** The six tags EKS sets on every Pod Identity session, and aws:TagKeys listing them. */
function podTags(cluster: string, clusterArn: string, namespace: string, serviceAccount: string): Context {
  const tags = {
    'aws:RequestTag/eks-cluster-arn': clusterArn,
    [TAG.clusterName]: cluster,
    [TAG.namespace]: namespace,
    [TAG.serviceAccount]: serviceAccount,
    'aws:RequestTag/kubernetes-pod-name': `${serviceAccount}-7d9f8b6c5-x2x4q`.slice(0, 63),
    'aws:RequestTag/kubernetes-pod-uid': '3f1c9a52-8d7e-4b60-9a1e-6c2d4f8b0e71',
  };
  return { ...tags, 'aws:TagKeys': Object.keys(tags).map((k) => k.slice('aws:RequestTag/'.length)) };
}

export function buildScenarios(input: EksPodIdentityInput): StarterScenario[] {
  const fromArn = input.clusterArn === '' ? undefined : checkClusterArn(input.clusterArn);
  const cluster =
    input.clusterName !== '' ? input.clusterName : typeof fromArn === 'object' ? fromArn.name : 'prod-eu';
  const account =
    input.sourceAccount !== ''
      ? input.sourceAccount
      : typeof fromArn === 'object'
        ? fromArn.account
        : '111122223333';
  const clusterArn =
    input.clusterArn !== '' ? input.clusterArn : `arn:aws:eks:eu-west-1:${account}:cluster/${cluster}`;
  const namespace = input.namespace === '' ? 'default' : input.namespace;
  const sa = input.serviceAccount === '' ? 'app' : input.serviceAccount;
  const base: Context = {
    ...podTags(cluster, clusterArn, namespace, sa),
    ...(input.sourceAccount === '' ? {} : { 'aws:SourceAccount': input.sourceAccount }),
    ...(input.clusterArn === '' ? {} : { 'aws:SourceArn': input.clusterArn }),
  };
  const who = { Service: SERVICE };
  const out = [
    scenario(`allowed: EKS assumes the role for a pod of ${namespace}/${sa}`, who, base, 'allow'),
    scenario('allowed: EKS tags the session (sts:TagSession)', who, base, 'allow', 'sts:TagSession'),
    scenario('denied: EC2 is not Pod Identity', { Service: 'ec2.amazonaws.com' }, base, 'implicit-deny'),
  ];
  if (input.namespace !== '') {
    const other = otherName(namespace, [namespace]).slice(0, 63);
    out.push(
      scenario(
        `denied: a pod in namespace ${other}`,
        who,
        { ...base, [TAG.namespace]: other },
        'implicit-deny',
      ),
    );
  }
  if (input.serviceAccount !== '') {
    const other = otherName(sa, [sa]);
    out.push(
      scenario(
        `denied: a pod running as service account ${other}`,
        who,
        { ...base, [TAG.serviceAccount]: other },
        'implicit-deny',
      ),
    );
  }
  if (input.clusterName !== '') {
    const other = otherName(cluster, [cluster]).slice(0, 100);
    out.push(
      scenario(
        `denied: a pod in cluster ${other}`,
        who,
        { ...base, [TAG.clusterName]: other },
        'implicit-deny',
      ),
    );
  }
  if (input.sourceAccount !== '') {
    const other = otherAccount(input.sourceAccount);
    out.push(
      scenario(
        `denied: a cluster in another account (${other})`,
        who,
        { ...base, 'aws:SourceAccount': other },
        'implicit-deny',
      ),
    );
  }
  if (input.clusterArn !== '') {
    const other = input.clusterArn.replace(
      /cluster\/(.+)$/,
      (_, name: string) => `cluster/${otherName(name, [name]).slice(0, 100)}`,
    );
    out.push(
      scenario(
        'denied: a cluster with another ARN',
        who,
        { ...base, 'aws:SourceArn': other },
        'implicit-deny',
      ),
    );
  }
  return out;
}

export function buildWarnings(input: EksPodIdentityInput): string[] {
  const out = [
    'EKS Pod Identity needs both sts:AssumeRole and sts:TagSession in the trust policy; without sts:TagSession the assumption fails.',
  ];
  if (
    input.clusterName === '' &&
    input.namespace === '' &&
    input.serviceAccount === '' &&
    input.sourceAccount === '' &&
    input.clusterArn === ''
  )
    out.push(
      'Any Pod Identity association, in any cluster, that names this role can use it: limit it with the namespace, service account or cluster.',
    );
  if (input.sourceAccount !== '' || input.clusterArn !== '')
    out.push(
      'aws:SourceAccount/aws:SourceArn in the Pod Identity flow are marked unsure in the semantics reference (§8.7); check a real pod can assume the role.',
    );
  else
    out.push(
      'AWS recommends aws:SourceAccount or aws:SourceArn for service principals (the confused-deputy page), and the linter warns without them: set the cluster account or ARN once a real pod has shown the keys arrive.',
    );
  return out;
}

export function build(input: EksPodIdentityInput): WizardOutput {
  return {
    statements: buildStatements(input),
    scenarios: buildScenarios(input),
    warnings: buildWarnings(input),
  };
}

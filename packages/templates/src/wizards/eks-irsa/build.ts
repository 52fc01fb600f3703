import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { otherName } from '../../scenarios/sample-values.js';
import { type Context, scenario } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import { type Issuer, parseIssuer, providerArn } from './issuer.js';
import type { EksIrsaInput } from './schema.js';

export const SID = 'ServiceAccount';
export const ACTION = 'sts:AssumeRoleWithWebIdentity';

function issuerOf(input: EksIrsaInput): Issuer {
  return parseIssuer(input.issuerUrl) ?? { host: input.issuerUrl, region: '', partition: 'aws', id: '' };
}

export function buildStatements(input: EksIrsaInput): StatementJson[] {
  const issuer = issuerOf(input);
  const conditions = new ConditionBuilder()
    .add('StringEquals', `${issuer.host}:aud`, ['sts.amazonaws.com'])
    .add('StringEquals', `${issuer.host}:sub`, [
      `system:serviceaccount:${input.namespace}:${input.serviceAccount}`,
    ]);
  return [
    statement({
      sid: SID,
      principal: { Federated: providerArn(issuer, input.providerAccount) },
      actions: [ACTION],
      conditions,
    }),
  ];
}

export function buildScenarios(input: EksIrsaInput): StarterScenario[] {
  const issuer = issuerOf(input);
  const sub = (ns: string, sa: string) => `system:serviceaccount:${ns}:${sa}`;
  const base: Context = {
    [`${issuer.host}:aud`]: 'sts.amazonaws.com',
    [`${issuer.host}:sub`]: sub(input.namespace, input.serviceAccount),
  };
  const who = { Federated: providerArn(issuer, input.providerAccount) };
  const otherNs = otherName(input.namespace, [input.namespace]).slice(0, 63);
  const otherSa = otherName(input.serviceAccount, [input.serviceAccount]);
  const otherId = `${issuer.id.slice(0, -1)}${issuer.id.endsWith('0') ? '1' : '0'}`;
  const otherCluster = { ...issuer, host: issuer.host.replace(/\/id\/[^/]+$/, `/id/${otherId}`) };
  const ours = `${input.namespace}/${input.serviceAccount}`;
  return [
    scenario(`allowed: a pod running as ${ours}`, who, base, 'allow', ACTION),
    scenario(
      `denied: service account ${input.serviceAccount} in namespace ${otherNs}`,
      who,
      { ...base, [`${issuer.host}:sub`]: sub(otherNs, input.serviceAccount) },
      'implicit-deny',
      ACTION,
    ),
    scenario(
      `denied: another service account (${otherSa}) in ${input.namespace}`,
      who,
      { ...base, [`${issuer.host}:sub`]: sub(input.namespace, otherSa) },
      'implicit-deny',
      ACTION,
    ),
    scenario(
      'denied: a token for another audience',
      who,
      { ...base, [`${issuer.host}:aud`]: 'https://kubernetes.default.svc' },
      'implicit-deny',
      ACTION,
    ),
    scenario(
      `denied: ${ours} in another cluster`,
      { Federated: providerArn(otherCluster, input.providerAccount) },
      {
        [`${otherCluster.host}:aud`]: 'sts.amazonaws.com',
        [`${otherCluster.host}:sub`]: sub(input.namespace, input.serviceAccount),
      },
      'implicit-deny',
      ACTION,
    ),
  ];
}

export function build(input: EksIrsaInput): WizardOutput {
  return {
    statements: buildStatements(input),
    scenarios: buildScenarios(input),
    warnings: [
      "Annotate the service account with eks.amazonaws.com/role-arn set to this role, and register the cluster's issuer as an IAM OIDC provider in this account.",
    ],
  };
}

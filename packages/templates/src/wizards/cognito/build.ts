import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { type Context, scenario, without } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import type { CognitoInput } from './schema.js';

export const SID = 'CognitoIdentities';
export const PROVIDER = 'cognito-identity.amazonaws.com';
export const ACTION = 'sts:AssumeRoleWithWebIdentity';

export function buildStatements(input: CognitoInput): StatementJson[] {
  const conditions = new ConditionBuilder()
    .add('StringEquals', `${PROVIDER}:aud`, [input.identityPoolId])
    .add('ForAnyValue:StringLike', `${PROVIDER}:amr`, [input.identities]);
  return [statement({ sid: SID, principal: { Federated: PROVIDER }, actions: [ACTION], conditions })];
}

export function buildScenarios(input: CognitoInput): StarterScenario[] {
  const region = input.identityPoolId.split(':')[0] as string;
  const signedIn = ['authenticated', `cognito-idp.${region}.amazonaws.com/${region}_Example`];
  const guest = ['unauthenticated'];
  const amr = input.identities === 'authenticated' ? signedIn : guest;
  const base: Context = {
    [`${PROVIDER}:aud`]: input.identityPoolId,
    [`${PROVIDER}:amr`]: amr,
    [`${PROVIDER}:sub`]: `${region}:0f5e8b2a-1c3d-4e6f-8a9b-0c1d2e3f4a5b`,
  };
  const who = { Federated: PROVIDER };
  const last = input.identityPoolId.slice(-1);
  const otherPool = `${input.identityPoolId.slice(0, -1)}${last === '0' ? '1' : '0'}`;
  return [
    scenario(
      `allowed: ${input.identities === 'authenticated' ? 'a signed-in user' : 'a guest'} of the identity pool`,
      who,
      base,
      'allow',
      ACTION,
    ),
    scenario(
      'denied: a user of another identity pool',
      who,
      { ...base, [`${PROVIDER}:aud`]: otherPool },
      'implicit-deny',
      ACTION,
    ),
    scenario(
      input.identities === 'authenticated'
        ? 'denied: a guest (unauthenticated) identity'
        : 'denied: a signed-in identity',
      who,
      { ...base, [`${PROVIDER}:amr`]: input.identities === 'authenticated' ? guest : signedIn },
      'implicit-deny',
      ACTION,
    ),
    scenario('denied: a token without amr', who, without(base, `${PROVIDER}:amr`), 'implicit-deny', ACTION),
  ];
}

export function build(input: CognitoInput): WizardOutput {
  const warnings = [
    "Set this role as the identity pool's " +
      (input.identities === 'authenticated' ? 'authenticated' : 'unauthenticated') +
      ' role.',
  ];
  if (input.identities === 'unauthenticated')
    warnings.push(
      'Anyone on the internet can get guest credentials from the pool: give this role only what a stranger may do.',
    );
  return { statements: buildStatements(input), scenarios: buildScenarios(input), warnings };
}

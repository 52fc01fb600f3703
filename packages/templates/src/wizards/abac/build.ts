import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { otherAccount } from '../../scenarios/sample-values.js';
import { scenario } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import type { AbacInput } from './schema.js';

export const SID = 'TrustTaggedPrincipals';

export function buildStatements(input: AbacInput): StatementJson[] {
  return [
    statement({
      sid: SID,
      principal: { AWS: `arn:aws:iam::${input.account}:root` },
      actions: ['sts:AssumeRole'],
      conditions: new ConditionBuilder().add(
        'StringEquals',
        `aws:PrincipalTag/${input.tagKey}`,
        input.tagValues,
      ),
    }),
  ];
}

export function buildScenarios(input: AbacInput): StarterScenario[] {
  const key = `aws:PrincipalTag/${input.tagKey}`;
  const value = input.tagValues[0] as string;
  let wrong = `not-${value}`.slice(0, 256);
  while (input.tagValues.includes(wrong)) wrong = `x${wrong}`.slice(0, 256);
  const user = { AWS: `arn:aws:iam::${input.account}:user/dev` };
  const stranger = otherAccount(input.account);
  return [
    scenario(`allowed: a user tagged ${input.tagKey}=${value}`, user, { [key]: value }, 'allow'),
    scenario(
      `allowed: a role session tagged ${input.tagKey}=${value}`,
      { AWS: `arn:aws:sts::${input.account}:assumed-role/Deployer/ci-1` },
      { [key]: value },
      'allow',
    ),
    scenario(`denied: a user without the ${input.tagKey} tag`, user, {}, 'implicit-deny'),
    scenario(`denied: a user tagged ${input.tagKey}=${wrong}`, user, { [key]: wrong }, 'implicit-deny'),
    scenario(
      `denied: a user with the tag in another account (${stranger})`,
      { AWS: `arn:aws:iam::${stranger}:user/dev` },
      { [key]: value },
      'implicit-deny',
    ),
  ];
}

export function build(input: AbacInput): WizardOutput {
  return {
    statements: buildStatements(input),
    scenarios: buildScenarios(input),
    warnings: [
      `Anyone in ${input.account} who can put the ${input.tagKey} tag on themselves, or pass it as a session tag, can assume this role: restrict iam:TagUser, iam:TagRole and sts:TagSession for that key.`,
      'The Principal names the account, so callers also need an identity policy allowing sts:AssumeRole on this role.',
    ],
  };
}

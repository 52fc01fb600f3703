import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { type Context, scenario } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import type { GoogleInput } from './schema.js';

export const SID = 'GoogleSignIn';
export const PROVIDER = 'accounts.google.com';
export const ACTION = 'sts:AssumeRoleWithWebIdentity';

export function buildStatements(input: GoogleInput): StatementJson[] {
  const conditions = new ConditionBuilder()
    .add('StringEquals', `${PROVIDER}:aud`, [input.audience])
    .add('StringEquals', `${PROVIDER}:sub`, input.subjects);
  return [statement({ sid: SID, principal: { Federated: PROVIDER }, actions: [ACTION], conditions })];
}

export function buildScenarios(input: GoogleInput): StarterScenario[] {
  const subject = input.subjects[0] ?? '110169484474386276334';
  const base: Context = { [`${PROVIDER}:aud`]: input.audience, [`${PROVIDER}:sub`]: subject };
  const who = { Federated: PROVIDER };
  const otherClient = `other-${input.audience}`.slice(0, 255);
  const out = [
    scenario('allowed: a user signed in to your app', who, base, 'allow', ACTION),
    scenario(
      'denied: a token issued to another app (client id)',
      who,
      { ...base, [`${PROVIDER}:aud`]: otherClient },
      'implicit-deny',
      ACTION,
    ),
    scenario(
      'denied: a Facebook token',
      { Federated: 'graph.facebook.com' },
      { 'graph.facebook.com:app_id': input.audience },
      'implicit-deny',
      ACTION,
    ),
  ];
  if (input.subjects.length > 0) {
    let other = '100000000000000000001';
    while (input.subjects.includes(other)) other = `${other}1`;
    out.push(
      scenario(
        'denied: another Google user',
        who,
        { ...base, [`${PROVIDER}:sub`]: other },
        'implicit-deny',
        ACTION,
      ),
    );
  }
  return out;
}

export function build(input: GoogleInput): WizardOutput {
  const warnings =
    input.subjects.length === 0
      ? [
          `Any Google account that signs in to your app (client ${input.audience}) can assume this role; add user ids to narrow it.`,
        ]
      : [];
  return { statements: buildStatements(input), scenarios: buildScenarios(input), warnings };
}

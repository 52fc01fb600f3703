import { insideAddress, outsideAddress } from '../../net/sample-addresses.js';
import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { type Context, scenario, without } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import { operatorFor, splitAttribute } from './saml-keys.js';
import type { SamlInput } from './schema.js';

export const SID = 'FederatedSignIn';
export const ACTION = 'sts:AssumeRoleWithSAML';

export function audienceFor(region: string): string {
  return region === ''
    ? 'https://signin.aws.amazon.com/saml'
    : `https://${region}.signin.aws.amazon.com/saml`;
}

/** Attribute rows as key → values, in row order. */
export function attributeMap(rows: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of rows) {
    const parts = splitAttribute(row);
    if (parts === undefined) continue;
    out.set(parts.key, [...(out.get(parts.key) ?? []), parts.value]);
  }
  return out;
}

export function buildStatements(input: SamlInput): StatementJson[] {
  const conditions = new ConditionBuilder();
  if (input.access === 'console')
    conditions.add('StringEquals', 'SAML:aud', [audienceFor(input.signInRegion)]);
  for (const [key, values] of attributeMap(input.attributes)) conditions.add(operatorFor(key), key, values);
  conditions.add('IpAddress', 'aws:SourceIp', input.sourceCidrs);
  return [
    statement({ sid: SID, principal: { Federated: input.providerArn }, actions: [ACTION], conditions }),
  ];
}

export function buildScenarios(input: SamlInput): StarterScenario[] {
  const attributes = attributeMap(input.attributes);
  const inside = input.sourceCidrs[0] === undefined ? undefined : insideAddress(input.sourceCidrs[0]);
  const base: Context = {
    ...(input.access === 'console' ? { 'saml:aud': audienceFor(input.signInRegion) } : {}),
    ...Object.fromEntries(
      [...attributes].map(([key, values]) => [
        key,
        operatorFor(key) === 'StringEquals' ? (values[0] as string) : [values[0] as string],
      ]),
    ),
    ...(inside === undefined ? {} : { 'aws:SourceIp': inside }),
  };
  const who = { Federated: input.providerArn };
  const slash = input.providerArn.lastIndexOf('/');
  const otherProvider = `${input.providerArn.slice(0, slash + 1)}Other${input.providerArn.slice(slash + 1, slash + 121)}`;
  const out = [
    scenario('allowed: a person signing in through the IdP', who, base, 'allow', ACTION),
    scenario(
      'denied: an assertion from another SAML provider',
      { Federated: otherProvider },
      base,
      'implicit-deny',
      ACTION,
    ),
  ];
  if (input.access === 'console') {
    const other = audienceFor(input.signInRegion === '' ? 'eu-west-1' : '');
    out.push(
      scenario(
        `denied: an assertion posted to ${other}`,
        who,
        { ...base, 'saml:aud': other },
        'implicit-deny',
        ACTION,
      ),
    );
  }
  for (const [key, values] of attributes) {
    out.push(
      scenario(`denied: an assertion without ${key}`, who, without(base, key), 'implicit-deny', ACTION),
    );
    const first = values[0] as string;
    const wrong = /^https?:\/\//.test(first) ? 'https://other-idp.example.org/saml' : `not-${first}`;
    const value = operatorFor(key) === 'StringEquals' ? wrong : [wrong];
    out.push(
      scenario(`denied: ${key} is "${wrong}"`, who, { ...base, [key]: value }, 'implicit-deny', ACTION),
    );
  }
  if (input.sourceCidrs.length > 0) {
    const outside = outsideAddress(input.sourceCidrs);
    if (outside !== undefined)
      out.push(
        scenario(
          `denied: signing in from ${outside}, outside the IP ranges`,
          who,
          { ...base, 'aws:SourceIp': outside },
          'implicit-deny',
          ACTION,
        ),
      );
  }
  return out;
}

export function buildWarnings(input: SamlInput): string[] {
  const out = [
    'If the IdP sends session tags or a source identity, the role also needs sts:TagSession or sts:SetSourceIdentity, or every sign-in fails.',
  ];
  if (input.access === 'programmatic')
    out.push(
      'Without SAML:aud, assertions from this provider are accepted whatever endpoint they were made for; the attribute conditions decide who gets in.',
    );
  if (input.access === 'console' && input.signInRegion === '')
    out.push(
      'If your IdP posts to a regional sign-in endpoint, SAML:aud carries that regional URL and this policy refuses it.',
    );
  return out;
}

export function build(input: SamlInput): WizardOutput {
  return {
    statements: buildStatements(input),
    scenarios: buildScenarios(input),
    warnings: buildWarnings(input),
  };
}

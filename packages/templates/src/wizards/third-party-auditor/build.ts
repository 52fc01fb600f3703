import { parseArn } from '@trustwright/core';
import { insideAddress, outsideAddress } from '../../net/sample-addresses.js';
import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { otherAccount, otherName } from '../../scenarios/sample-values.js';
import { type Context, scenario, without } from '../../scenarios/scenario.js';
import { windowTimes } from '../../scenarios/window.js';
import type { PrincipalJson, StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import { parseIamResource } from '../../validate/arn.js';
import type { ThirdPartyAuditorInput } from './schema.js';

export const ALLOW_SID = 'TrustAuditor';
export const DENY_SID = 'DenyWithoutMfa';

function principalOf(input: ThirdPartyAuditorInput): PrincipalJson {
  return input.principalKind === 'account'
    ? { AWS: `arn:aws:iam::${input.trustedAccount}:root` }
    : { AWS: input.principalArns.length === 1 ? (input.principalArns[0] as string) : input.principalArns };
}

export function buildStatements(input: ThirdPartyAuditorInput): StatementJson[] {
  const principal = principalOf(input);
  const conditions = new ConditionBuilder()
    .add('StringEquals', 'sts:ExternalId', input.externalId === '' ? [] : [input.externalId])
    .add('IpAddress', 'aws:SourceIp', input.sourceCidrs)
    .add('DateGreaterThan', 'aws:CurrentTime', input.windowStart === '' ? [] : [input.windowStart])
    .add('DateLessThan', 'aws:CurrentTime', input.windowEnd === '' ? [] : [input.windowEnd]);
  const out = [statement({ sid: ALLOW_SID, principal, actions: ['sts:AssumeRole'], conditions })];
  if (input.requireMfa) {
    // Deny + BoolIfExists "false": absent and false both deny (semantics reference §5.5).
    out.push(
      statement({
        sid: DENY_SID,
        effect: 'Deny',
        principal,
        actions: ['sts:AssumeRole'],
        conditions: new ConditionBuilder().add('BoolIfExists', 'aws:MultiFactorAuthPresent', ['false']),
      }),
    );
  }
  return out;
}

interface Caller {
  readonly arn: string;
  readonly label: string;
  readonly context: Context;
  /** The same caller moved to another account. */
  readonly elsewhere: (account: string) => { arn: string; context: Context };
}

/** The caller the allowed scenario uses: a user of the trusted account, or the first named principal. */
function mainCaller(input: ThirdPartyAuditorInput): Caller {
  const userIn = (partition: string, account: string, name: string, path = '/') =>
    `arn:${partition}:iam::${account}:user${path}${name}`;
  if (input.principalKind === 'account') {
    return {
      arn: userIn('aws', input.trustedAccount, 'auditor'),
      label: `user auditor in ${input.trustedAccount}`,
      context: {},
      elsewhere: (account) => ({ arn: userIn('aws', account, 'auditor'), context: {} }),
    };
  }
  const first = input.principalArns[0] as string;
  const arn = parseArn(first);
  const entity = arn === undefined ? undefined : parseIamResource(arn.resource, ['user', 'role']);
  const partition = arn?.partition ?? 'aws';
  const account = arn?.account ?? '';
  if (entity?.type === 'role') {
    const session = (acct: string) =>
      `arn:${partition}:sts::${acct}:assumed-role/${entity.name}/audit-session`;
    const roleArn = (acct: string) => `arn:${partition}:iam::${acct}:role${entity.path}${entity.name}`;
    return {
      arn: session(account),
      label: `a session of role ${entity.name}`,
      // A session ARN has no role path, so the role ARN is given as aws:PrincipalArn.
      context: { 'aws:PrincipalArn': roleArn(account) },
      elsewhere: (acct) => ({ arn: session(acct), context: { 'aws:PrincipalArn': roleArn(acct) } }),
    };
  }
  const name = entity?.name ?? 'auditor';
  const path = entity?.path ?? '/';
  return {
    arn: first,
    label: `user ${name}`,
    context: {},
    elsewhere: (acct) => ({ arn: userIn(partition, acct, name, path), context: {} }),
  };
}

function accountsNamed(input: ThirdPartyAuditorInput): string[] {
  if (input.principalKind === 'account') return [input.trustedAccount];
  return input.principalArns.map((a) => parseArn(a)?.account ?? '');
}

export function buildScenarios(input: ThirdPartyAuditorInput): StarterScenario[] {
  const caller = mainCaller(input);
  const window = windowTimes(input.windowStart, input.windowEnd);
  const inside = input.sourceCidrs.length > 0 ? insideAddress(input.sourceCidrs[0] as string) : undefined;
  const base: Context = {
    ...caller.context,
    ...(input.externalId === '' ? {} : { 'sts:ExternalId': input.externalId }),
    ...(input.requireMfa ? { 'aws:MultiFactorAuthPresent': true } : {}),
    ...(inside === undefined ? {} : { 'aws:SourceIp': inside }),
    ...(window === undefined ? {} : { 'aws:CurrentTime': window.inside }),
  };
  const who = { AWS: caller.arn };
  const out: StarterScenario[] = [
    scenario(`allowed: ${caller.label} with everything the policy asks for`, who, base, 'allow'),
  ];

  const stranger = otherAccount(...accountsNamed(input));
  const moved = caller.elsewhere(stranger);
  out.push(
    scenario(
      `denied: the same caller from another account (${stranger})`,
      { AWS: moved.arn },
      { ...base, ...moved.context },
      'implicit-deny',
    ),
  );
  if (input.principalKind === 'principals') {
    const account = parseArn(input.principalArns[0] as string)?.account ?? '';
    const partition = parseArn(input.principalArns[0] as string)?.partition ?? 'aws';
    const names = input.principalArns.map(
      (a) => parseIamResource(parseArn(a)?.resource ?? '', ['user', 'role'])?.name ?? '',
    );
    const name = otherName('auditor', names, 'unlisted-');
    out.push(
      scenario(
        `denied: an unlisted user in ${account}`,
        { AWS: `arn:${partition}:iam::${account}:user/${name}` },
        without(base, 'aws:PrincipalArn'),
        'implicit-deny',
      ),
    );
  }
  if (input.externalId !== '') {
    out.push(scenario('denied: no external ID', who, without(base, 'sts:ExternalId'), 'implicit-deny'));
    out.push(
      scenario(
        "denied: another customer's external ID",
        who,
        { ...base, 'sts:ExternalId': `${input.externalId}-other` },
        'implicit-deny',
      ),
    );
  }
  if (input.requireMfa) {
    out.push(
      scenario(
        'denied: long-term keys without an MFA code (no MFA key)',
        who,
        without(base, 'aws:MultiFactorAuthPresent'),
        'explicit-deny',
      ),
    );
    out.push(
      scenario(
        'denied: signed in without MFA',
        who,
        { ...base, 'aws:MultiFactorAuthPresent': false },
        'explicit-deny',
      ),
    );
  }
  if (input.sourceCidrs.length > 0) {
    const outside = outsideAddress(input.sourceCidrs);
    if (outside !== undefined)
      out.push(
        scenario(
          `denied: from ${outside}, outside the IP ranges`,
          who,
          { ...base, 'aws:SourceIp': outside },
          'implicit-deny',
        ),
      );
    out.push(
      scenario(
        'denied: through an STS VPC endpoint (no source IP)',
        who,
        without(base, 'aws:SourceIp'),
        'implicit-deny',
      ),
    );
  }
  if (window?.beforeStart !== undefined)
    out.push(
      scenario(
        'denied: before the window opens',
        who,
        { ...base, 'aws:CurrentTime': window.beforeStart },
        'implicit-deny',
      ),
    );
  if (window?.afterEnd !== undefined)
    out.push(
      scenario(
        'denied: after the window closes',
        who,
        { ...base, 'aws:CurrentTime': window.afterEnd },
        'implicit-deny',
      ),
    );
  return out;
}

export function buildWarnings(input: ThirdPartyAuditorInput): string[] {
  const out: string[] = [];
  if (input.principalKind === 'account')
    out.push(
      `Anyone in ${input.trustedAccount} whom that account's own IAM policies allow sts:AssumeRole on this role can assume it: the vendor decides who. Name users or roles to keep that choice.`,
    );
  out.push(
    'Callers from another account also need their own identity policy to allow sts:AssumeRole on this role.',
  );
  if (input.externalId === '')
    out.push(
      'No external ID: if the trusted account is a vendor serving many customers, another customer could get the vendor to use this role (the confused deputy).',
    );
  else
    out.push(
      'With an external ID, console switch-role cannot be used: the role can be assumed only through the API or CLI.',
    );
  if (
    input.requireMfa &&
    input.principalKind === 'principals' &&
    input.principalArns.some((a) => a.includes(':role/'))
  )
    out.push(
      'Role sessions carry no MFA information, so callers coming from the listed roles will be denied by the MFA statement.',
    );
  if (input.sourceCidrs.length > 0)
    out.push('Calls through an STS VPC endpoint carry no aws:SourceIp and are refused.');
  if (input.windowStart !== '' || input.windowEnd !== '')
    out.push(
      'The window limits when the role can be assumed; sessions already issued keep working until they expire.',
    );
  return out;
}

export function build(input: ThirdPartyAuditorInput): WizardOutput {
  return {
    statements: buildStatements(input),
    scenarios: buildScenarios(input),
    warnings: buildWarnings(input),
  };
}

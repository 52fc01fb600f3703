import { parseArn } from '@trustwright/core';
import { ConditionBuilder, oneOrMany, statement } from '../../policy/build-helpers.js';
import { exampleOf, globMatch } from '../../scenarios/glob.js';
import { otherAccount } from '../../scenarios/sample-values.js';
import { type Context, scenario, without } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { CompanionPolicy, StarterScenario, WizardOutput } from '../../types/wizard.js';
import type { ServiceRoleInput } from './schema.js';
import { SERVICES, type ServiceInfo, serviceById } from './services.js';

export const SID = 'TrustService';

function serviceOf(input: ServiceRoleInput): ServiceInfo {
  return serviceById(input.service) ?? (SERVICES[0] as ServiceInfo);
}

export function buildStatements(input: ServiceRoleInput): StatementJson[] {
  const conditions = new ConditionBuilder()
    .add('StringEquals', 'aws:SourceAccount', input.sourceAccount === '' ? [] : [input.sourceAccount])
    // ARN operators for aws:SourceArn (semantics reference §7 #11).
    .add('ArnLike', 'aws:SourceArn', input.sourceArn === '' ? [] : [input.sourceArn]);
  return [
    statement({
      sid: SID,
      principal: { Service: serviceOf(input).principal },
      actions: ['sts:AssumeRole'],
      conditions,
    }),
  ];
}

/** ArnLike: each of the six colon-separated parts matched on its own. */
function arnLike(pattern: string, value: string): boolean {
  const p = parseArn(pattern);
  const v = parseArn(value);
  if (p === undefined || v === undefined) return false;
  const parts = (a: typeof p) => [a.partition, a.service, a.region, a.account, a.resource];
  const vp = parts(v);
  return parts(p).every((part, i) => globMatch(part, vp[i] as string));
}

function arnExample(pattern: string): string {
  const a = parseArn(pattern);
  if (a === undefined) return pattern;
  return ['arn', a.partition, a.service, a.region, a.account, a.resource].map(exampleOf).join(':');
}

function arnOutside(pattern: string): string | undefined {
  const a = parseArn(pattern);
  if (a === undefined) return undefined;
  const region = a.region === 'ap-southeast-9' ? 'eu-north-9' : 'ap-southeast-9';
  const candidates = [
    `arn:${a.partition}:${a.service}:${region}:${a.account}:${exampleOf(a.resource)}`,
    `arn:${a.partition}:${a.service}:${exampleOf(a.region)}:${a.account}:unlisted-resource`,
    `arn:${a.partition}:${a.service}:${exampleOf(a.region)}:${otherAccount(a.account)}:${exampleOf(a.resource)}`,
  ];
  return candidates.find((c) => !arnLike(pattern, c));
}

export function buildScenarios(input: ServiceRoleInput): StarterScenario[] {
  const service = serviceOf(input);
  const who = { Service: service.principal };
  const base: Context = {
    ...(input.sourceAccount === '' ? {} : { 'aws:SourceAccount': input.sourceAccount }),
    ...(input.sourceArn === '' ? {} : { 'aws:SourceArn': arnExample(input.sourceArn) }),
  };
  const stranger = SERVICES.find((s) => s.principal !== service.principal) as ServiceInfo;
  const account =
    input.sourceAccount === '' ? (parseArn(input.sourceArn)?.account ?? '111122223333') : input.sourceAccount;
  const out = [
    scenario(`allowed: ${service.principal} assumes the role`, who, base, 'allow'),
    scenario(
      `denied: another service (${stranger.principal})`,
      { Service: stranger.principal },
      base,
      'implicit-deny',
    ),
    scenario(
      'denied: an IAM user of the account (only the service is trusted)',
      { AWS: `arn:aws:iam::${account}:user/dev` },
      {},
      'implicit-deny',
    ),
  ];
  if (input.sourceAccount !== '') {
    const other = otherAccount(input.sourceAccount);
    out.push(
      scenario(
        `denied: acting for a resource in another account (${other})`,
        who,
        { ...base, 'aws:SourceAccount': other },
        'implicit-deny',
      ),
      scenario(
        'denied: no aws:SourceAccount in the request',
        who,
        without(base, 'aws:SourceAccount'),
        'implicit-deny',
      ),
    );
  }
  if (input.sourceArn !== '') {
    const outside = arnOutside(input.sourceArn);
    if (outside !== undefined)
      out.push(
        scenario(
          'denied: acting for a resource outside the source ARN pattern',
          who,
          { ...base, 'aws:SourceArn': outside },
          'implicit-deny',
        ),
      );
  }
  return out;
}

function companion(input: ServiceRoleInput): CompanionPolicy | undefined {
  if (input.passRolePrefix === '') return undefined;
  const service = serviceOf(input);
  const partition = parseArn(input.sourceArn)?.partition ?? 'aws';
  // Roles can only be passed within their own account, so "*" here never reaches another account.
  const account = input.sourceAccount === '' ? '*' : input.sourceAccount;
  return {
    title: `iam:PassRole limited to ${input.passRolePrefix}* roles for ${service.principal}`,
    description:
      'Attach to the users or roles that create or update the resource. They may pass only roles whose name (without a path) starts with the prefix, and only to this service.',
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'PassOnlyPrefixedRoles',
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: oneOrMany([`arn:${partition}:iam::${account}:role/${input.passRolePrefix}*`]),
          Condition: { StringEquals: { 'iam:PassedToService': service.principal } },
        },
      ],
    },
  };
}

export function buildWarnings(input: ServiceRoleInput): string[] {
  const service = serviceOf(input);
  const out: string[] = [];
  if (service.sourceKeys === 'not-sent')
    out.push(
      `${service.label} does not send aws:SourceAccount or aws:SourceArn when it assumes the role, so the trust policy cannot pin the resource; limit who may pass the role (the iam:PassRole companion policy).`,
    );
  else {
    if (input.sourceAccount === '' && input.sourceArn === '')
      out.push(
        `Set aws:SourceAccount (or aws:SourceArn) so ${service.label} cannot be made to use this role for another account's resource (the cross-service confused deputy); AWS recommends it for service principals.`,
      );
    if (service.sourceKeys === 'expected')
      out.push(
        `No ${service.label} page was found that shows these keys in its role trust policy: after deploying, confirm with one real assumption (the AssumeRole event in CloudTrail) that the service sends them, or the role will not work.`,
      );
  }
  out.push('Whoever creates or updates the resource needs iam:PassRole on this role.');
  return out;
}

export function build(input: ServiceRoleInput): WizardOutput {
  const extra = companion(input);
  return {
    statements: buildStatements(input),
    scenarios: buildScenarios(input),
    warnings: buildWarnings(input),
    ...(extra === undefined ? {} : { companion: extra }),
  };
}

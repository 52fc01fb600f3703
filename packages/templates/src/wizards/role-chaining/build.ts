import { parseArn } from '@trustwright/core';
import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { globMatch } from '../../scenarios/glob.js';
import { otherAccount, otherName } from '../../scenarios/sample-values.js';
import { type Context, scenario } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import { parseIamResource } from '../../validate/arn.js';
import type { RoleChainingInput } from './schema.js';

export const SID = 'TrustSourceRole';

interface SourceRole {
  readonly partition: string;
  readonly account: string;
  readonly path: string;
  readonly name: string;
}

export function sourceRole(input: RoleChainingInput): SourceRole {
  const arn = parseArn(input.roleArn);
  const entity = parseIamResource(arn?.resource ?? '', ['role']);
  return {
    partition: arn?.partition ?? 'aws',
    account: arn?.account ?? '',
    path: entity?.path ?? '/',
    name: entity?.name ?? '',
  };
}

export function buildStatements(input: RoleChainingInput): StatementJson[] {
  const role = sourceRole(input);
  if (input.method === 'principal-arn') {
    return [
      statement({
        sid: SID,
        principal: { AWS: `arn:${role.partition}:iam::${role.account}:root` },
        actions: ['sts:AssumeRole'],
        conditions: new ConditionBuilder().add('ArnEquals', 'aws:PrincipalArn', [input.roleArn]),
      }),
    ];
  }
  return [
    statement({
      sid: SID,
      principal: { AWS: input.roleArn },
      actions: ['sts:AssumeRole'],
      conditions: new ConditionBuilder().add('StringLike', 'aws:userid', [
        `${input.roleId}:${input.sessionPattern}`,
      ]),
    }),
  ];
}

/** The shortest session name (at least 2 characters, as STS requires) the pattern matches. */
function sessionMatching(pattern: string): string {
  const bare = pattern.replaceAll('?', 'x');
  const minimal = bare.replaceAll('*', '');
  return minimal.length >= 2
    ? minimal
    : bare.replace('*', 'x'.repeat(2 - minimal.length)).replaceAll('*', '');
}

export function buildScenarios(input: RoleChainingInput): StarterScenario[] {
  const role = sourceRole(input);
  const byId = input.method === 'role-id';
  const session = byId ? sessionMatching(input.sessionPattern) : 'chained-session';
  const sessionArn = (account: string, name: string, s = session) =>
    `arn:${role.partition}:sts::${account}:assumed-role/${name}/${s}`;
  const roleArn = (account: string, name: string) =>
    `arn:${role.partition}:iam::${account}:role${role.path}${name}`;
  const context = (account: string, name: string, id: string, s = session): Context => ({
    'aws:PrincipalArn': roleArn(account, name),
    ...(byId ? { 'aws:userid': `${id}:${s}` } : {}),
  });
  const otherRole = otherName(role.name, [role.name]);
  const otherId = input.roleId.endsWith('Z')
    ? `${input.roleId.slice(0, -1)}Y`
    : `${input.roleId.slice(0, -1)}Z`;
  const stranger = otherAccount(role.account);
  const out = [
    scenario(
      `allowed: a session of ${role.name}`,
      { AWS: sessionArn(role.account, role.name) },
      context(role.account, role.name, input.roleId),
      'allow',
    ),
    scenario(
      `denied: a session of another role in ${role.account} (${otherRole})`,
      { AWS: sessionArn(role.account, otherRole) },
      context(role.account, otherRole, 'AROAEXAMPLEOTHERROLE1'),
      'implicit-deny',
    ),
    scenario(
      `denied: an IAM user in ${role.account}`,
      { AWS: `arn:${role.partition}:iam::${role.account}:user/dev` },
      {},
      'implicit-deny',
    ),
    scenario(
      `denied: a role with the same name in ${stranger}`,
      { AWS: sessionArn(stranger, role.name) },
      context(stranger, role.name, 'AROAEXAMPLESTRANGER01'),
      'implicit-deny',
    ),
  ];
  if (byId) {
    out.push(
      scenario(
        `denied: ${role.name} deleted and re-created (new role id)`,
        { AWS: sessionArn(role.account, role.name) },
        context(role.account, role.name, otherId),
        'implicit-deny',
      ),
    );
    const outside = ['zz-unlisted-session', 'other-session', 'x9'].find(
      (s) => !globMatch(input.sessionPattern, s),
    );
    if (outside !== undefined)
      out.push(
        scenario(
          `denied: a session named ${outside}`,
          { AWS: sessionArn(role.account, role.name, outside) },
          context(role.account, role.name, input.roleId, outside),
          'implicit-deny',
        ),
      );
  }
  return out;
}

export function buildWarnings(input: RoleChainingInput): string[] {
  const out =
    input.method === 'principal-arn'
      ? [
          'The Principal names the whole account, so the source role also needs an identity policy allowing sts:AssumeRole on this role, even in the same account.',
        ]
      : [
          'IAM stores the role in Principal as its unique id: if the source role is deleted and re-created, this trust stops working until the policy is saved again with the new role id.',
        ];
  out.push('A chained session lasts at most one hour.');
  return out;
}

export function build(input: RoleChainingInput): WizardOutput {
  return {
    statements: buildStatements(input),
    scenarios: buildScenarios(input),
    warnings: buildWarnings(input),
  };
}

import { ConditionBuilder, statement } from '../../policy/build-helpers.js';
import { globMatch } from '../../scenarios/glob.js';
import { type Context, scenario } from '../../scenarios/scenario.js';
import type { StatementJson } from '../../types/policy-json.js';
import type { StarterScenario, WizardOutput } from '../../types/wizard.js';
import type { OrgWideInput } from './schema.js';

export const SID = 'AnyPrincipalInOurOrg';

export const WORLD_WARNING =
  'Principal {"AWS":"*"} names every principal of every AWS account: the aws:PrincipalOrgID condition is the only thing that keeps the rest of the world out. Never remove it, and never turn it into an ...IfExists or a negated operator.';

export function buildStatements(input: OrgWideInput): StatementJson[] {
  const conditions = new ConditionBuilder()
    .add('StringEquals', 'aws:PrincipalOrgID', [input.orgId])
    // Multivalued key: a set operator is required (semantics reference §4.5, §7 #22).
    .add('ForAnyValue:StringLike', 'aws:PrincipalOrgPaths', input.orgPaths);
  return [statement({ sid: SID, principal: { AWS: '*' }, actions: ['sts:AssumeRole'], conditions })];
}

/** A path of the organization that none of the patterns match: a root id they do not use. */
function pathOutside(input: OrgWideInput): string | undefined {
  for (const root of ['r-zzzz', 'r-yyyy', 'r-xxxx', 'r-0000']) {
    const path = `${input.orgId}/${root}/ou-${root.slice(2)}-zzzzzzzz/`;
    if (!input.orgPaths.some((p) => globMatch(p, path))) return path;
  }
  return undefined;
}

export function buildScenarios(input: OrgWideInput): StarterScenario[] {
  const member = { AWS: 'arn:aws:iam::210987654321:user/dev' };
  const inside = input.orgPaths[0]?.replace(/\*$/, '');
  const base: Context = {
    'aws:PrincipalOrgID': input.orgId,
    ...(inside === undefined ? {} : { 'aws:PrincipalOrgPaths': [inside] }),
  };
  const otherOrg = input.orgId === 'o-0000000000' ? 'o-1111111111' : 'o-0000000000';
  const out = [
    scenario('allowed: a user in a member account of the organization', member, base, 'allow'),
    scenario(
      'allowed: a role session in a member account',
      { AWS: 'arn:aws:sts::210987654321:assumed-role/Deployer/build-7' },
      base,
      'allow',
    ),
    scenario(
      `denied: a user in another organization (${otherOrg})`,
      { AWS: 'arn:aws:iam::999988887777:user/dev' },
      { 'aws:PrincipalOrgID': otherOrg, 'aws:PrincipalOrgPaths': [`${otherOrg}/r-ab12/`] },
      'implicit-deny',
    ),
    scenario(
      'denied: an account outside any organization (no aws:PrincipalOrgID)',
      { AWS: 'arn:aws:iam::999988887777:user/dev' },
      {},
      'implicit-deny',
    ),
    scenario(
      'denied: an AWS service (not an account principal)',
      { Service: 'ec2.amazonaws.com' },
      base,
      'implicit-deny',
    ),
  ];
  const outside = input.orgPaths.length > 0 ? pathOutside(input) : undefined;
  if (outside !== undefined)
    out.push(
      scenario(
        'denied: an account of the organization outside the listed OUs',
        member,
        { ...base, 'aws:PrincipalOrgPaths': [outside] },
        'implicit-deny',
      ),
    );
  return out;
}

export function build(input: OrgWideInput): WizardOutput {
  return {
    statements: buildStatements(input),
    scenarios: buildScenarios(input),
    warnings: [
      WORLD_WARNING,
      'Callers in other accounts also need their own identity policy to allow sts:AssumeRole on this role.',
    ],
  };
}

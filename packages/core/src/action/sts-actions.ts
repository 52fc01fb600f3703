/**
 * The actions a role trust policy may name: the three ways to assume a role and the three
 * permission-only actions checked alongside them.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html
 */
export const STS_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
] as const;

export type StsAction = (typeof STS_ACTIONS)[number];

const byLowerName = new Map<string, StsAction>(STS_ACTIONS.map((a) => [a.toLowerCase(), a]));

const canonical: ReadonlySet<string> = new Set(STS_ACTIONS);

/** Canonical spelling of an STS action written in any case, or undefined. */
export function canonicalAction(action: string): StsAction | undefined {
  return canonical.has(action) ? (action as StsAction) : byLowerName.get(action.toLowerCase());
}

/** Index in STS_ACTIONS of an action written in any case, or -1 for another action. */
export function stsActionIndex(action: string): number {
  const known = canonicalAction(action);
  return known === undefined ? -1 : STS_ACTIONS.indexOf(known);
}

/** Actions a federated caller uses; an AWS or Service principal can never call these. */
export const FEDERATED_ACTIONS: ReadonlySet<StsAction> = new Set([
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
]);

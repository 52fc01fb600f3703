import type { Caller } from './caller.js';
import type { PolicyPrincipal } from './policy-principal.js';

/** Why a policy principal matched the caller. Account-level matches need an identity-policy allow too. */
export type PrincipalMatchReason =
  | 'any-aws-principal'
  | 'account'
  | 'user'
  | 'role-session'
  | 'session'
  | 'federated-user'
  | 'unique-id'
  | 'service'
  | 'provider';

export type PrincipalMismatchReason =
  | 'caller-type-differs'
  | 'partition-differs'
  | 'account-differs'
  | 'caller-kind-differs'
  | 'name-differs'
  | 'session-differs'
  | 'unique-id-unknown'
  | 'unique-id-differs'
  | 'service-differs'
  | 'provider-differs'
  | 'canonical-user'
  | 'invalid-principal';

export type PrincipalEntryResult =
  | { readonly matched: true; readonly reason: PrincipalMatchReason }
  | { readonly matched: false; readonly reason: PrincipalMismatchReason };

/** Facts about the request beyond the caller's ARN that principal matching can use. */
export interface PrincipalFacts {
  /** Partition of the role, which a bare account ID in the policy refers to ("aws" when unknown). */
  readonly rolePartition: string | undefined;
  /** aws:userid from the request, the only way to match a unique-ID principal. */
  readonly userId: string | undefined;
}

const MATCH_REASONS: readonly PrincipalMatchReason[] = [
  'any-aws-principal',
  'account',
  'user',
  'role-session',
  'session',
  'federated-user',
  'unique-id',
  'service',
  'provider',
];
const MISMATCH_REASONS: readonly PrincipalMismatchReason[] = [
  'caller-type-differs',
  'partition-differs',
  'account-differs',
  'caller-kind-differs',
  'name-differs',
  'session-differs',
  'unique-id-unknown',
  'unique-id-differs',
  'service-differs',
  'provider-differs',
  'canonical-user',
  'invalid-principal',
];
// One frozen result per reason: matching allocates nothing (it runs for every entry of every
// statement on every evaluation), and equal results are the same object.
const YES = Object.fromEntries(
  MATCH_REASONS.map((reason) => [reason, Object.freeze({ matched: true, reason })]),
) as Record<PrincipalMatchReason, PrincipalEntryResult>;
const NO = Object.fromEntries(
  MISMATCH_REASONS.map((reason) => [reason, Object.freeze({ matched: false, reason })]),
) as Record<PrincipalMismatchReason, PrincipalEntryResult>;

/**
 * One policy principal against the caller, per the matching table of the IAM Principal page:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
export function matchPrincipal(
  entry: PolicyPrincipal,
  caller: Caller,
  facts: PrincipalFacts,
): PrincipalEntryResult {
  switch (entry.kind) {
    case 'invalid':
      return NO['invalid-principal'];
    case 'canonical-user':
      return NO['canonical-user'];
    case 'service':
      if (caller.type !== 'Service') return NO['caller-type-differs'];
      return caller.service === entry.value ? YES.service : NO['service-differs'];
    case 'saml-provider':
    case 'oidc-provider':
    case 'web-identity-provider':
      if (caller.type !== 'Federated') return NO['caller-type-differs'];
      return caller.provider === entry.value ? YES.provider : NO['provider-differs'];
    default:
      break;
  }
  if (caller.type !== 'AWS') return NO['caller-type-differs'];
  // No cross-partition trust: when the role's partition is known, every caller must be in it.
  if (facts.rolePartition !== undefined && caller.partition !== facts.rolePartition)
    return NO['partition-differs'];
  if (entry.kind === 'any-aws') return YES['any-aws-principal'];
  if (entry.kind === 'unique-id') {
    if (facts.userId === undefined) return NO['unique-id-unknown'];
    const same =
      caller.kind === 'assumed-role'
        ? facts.userId.startsWith(`${entry.value}:`)
        : facts.userId === entry.value;
    return same ? YES['unique-id'] : NO['unique-id-differs'];
  }
  // Principals never match across partitions; a bare account ID means the role's own partition
  // (IAM rewrites it to that partition's root ARN), or aws when the role is unknown.
  const partition = entry.partition ?? facts.rolePartition ?? 'aws';
  if (partition !== caller.partition) return NO['partition-differs'];
  if (entry.account !== caller.account) return NO['account-differs'];
  switch (entry.kind) {
    case 'account':
    case 'root':
      return YES.account;
    case 'user':
      if (caller.kind !== 'user') return NO['caller-kind-differs'];
      return caller.name === entry.name && caller.iamPath === entry.iamPath ? YES.user : NO['name-differs'];
    case 'role':
      // Session ARNs carry no role path, so a role matches by partition, account and name.
      if (caller.kind !== 'assumed-role') return NO['caller-kind-differs'];
      return caller.name === entry.name ? YES['role-session'] : NO['name-differs'];
    case 'assumed-role':
      if (caller.kind !== 'assumed-role') return NO['caller-kind-differs'];
      if (caller.name !== entry.name) return NO['name-differs'];
      return caller.session === entry.session ? YES.session : NO['session-differs'];
    case 'federated-user':
      if (caller.kind !== 'federated-user') return NO['caller-kind-differs'];
      return caller.name === entry.name ? YES['federated-user'] : NO['name-differs'];
  }
}

/** Account-level trust delegates to the trusted account's identity policies (evaluation-logic page). */
export function isAccountLevel(reason: PrincipalMatchReason): boolean {
  return reason === 'account';
}

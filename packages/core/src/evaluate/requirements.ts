import { canonicalAction, FEDERATED_ACTIONS, type StsAction } from '../action/sts-actions.js';
import type { RoleArn } from '../arn/arn.js';
import type { PrincipalMatchReason } from '../principal/match-principal.js';
import type { ResolvedRequest } from '../request/resolve-request.js';
import type { Decision, Requirement, StatementRef, StatementTrace } from './trace.js';

/** Re-evaluates the same request for another action (the companion authorizations). */
export type EvaluateAction = (action: StsAction) => { decision: Decision; decisive: readonly StatementRef[] };

const ASSUME_ACTIONS: ReadonlySet<string> = new Set(['sts:AssumeRole', ...FEDERATED_ACTIONS]);

/**
 * What AWS checks besides an allowing trust policy.
 * - Identity side: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 *   and the role-trust exception on reference_policies_evaluation-logic.html.
 * - Companion actions: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html and
 *   id_credentials_temp_control-access_monitor.html (sts:SetSourceIdentity).
 */
export function requirementsFor(
  request: ResolvedRequest,
  role: RoleArn | undefined,
  statements: readonly StatementTrace[],
  decisive: readonly StatementRef[],
  evaluateAction: EvaluateAction,
): Requirement[] {
  const out: Requirement[] = [];
  const action = canonicalAction(request.action) ?? request.action;
  const caller = request.caller;

  if (caller?.type === 'AWS') {
    const reasons = decisive.flatMap((ref) => matchReasons(statements[ref.index]));
    const resource = role?.arn;
    const sameAccount =
      role === undefined ? undefined : role.account === caller.account && role.partition === caller.partition;
    const namesCaller = reasons.some((r) => r !== 'account' && r !== 'any-aws-principal');
    if (sameAccount === false) {
      out.push({ kind: 'identity-policy', necessity: 'required', reason: 'cross-account', action, resource });
    } else if (!namesCaller && reasons.includes('account')) {
      out.push({
        kind: 'identity-policy',
        necessity: 'required',
        reason: 'account-principal',
        action,
        resource,
      });
    } else if (sameAccount === undefined) {
      out.push({
        kind: 'identity-policy',
        necessity: 'if-cross-account',
        reason: 'role-unknown',
        action,
        resource,
      });
    } else if (!namesCaller) {
      out.push({
        kind: 'identity-policy',
        necessity: 'unclear',
        reason: 'any-principal-same-account',
        action,
        resource,
      });
    }
    out.push({ kind: 'scp', action });
    if (caller.kind === 'user' || caller.kind === 'assumed-role')
      out.push({ kind: 'permissions-boundary', action });
    if (caller.kind === 'assumed-role' || caller.kind === 'federated-user')
      out.push({ kind: 'session-policy', action });
  }
  out.push({ kind: 'rcp', action });

  if (ASSUME_ACTIONS.has(action)) {
    const has = (test: (keyLower: string) => boolean): boolean =>
      request.context.some((e) => e.source === 'given' && test(e.key.toLowerCase()));
    const companions: [StsAction, 'session-tags' | 'source-identity' | 'trusted-context', boolean][] = [
      [
        'sts:TagSession',
        'session-tags',
        has((k) => k.startsWith('aws:requesttag/') || k === 'aws:tagkeys' || k === 'sts:transitivetagkeys'),
      ],
      ['sts:SetSourceIdentity', 'source-identity', has((k) => k === 'sts:sourceidentity')],
      [
        'sts:SetContext',
        'trusted-context',
        has((k) => k.startsWith('sts:requestcontext/') || k === 'sts:requestcontextproviders'),
      ],
    ];
    for (const [companion, because, needed] of companions) {
      if (needed)
        out.push({ kind: 'companion-action', action: companion, because, ...evaluateAction(companion) });
    }
  }
  return out;
}

function matchReasons(statement: StatementTrace | undefined): PrincipalMatchReason[] {
  if (statement === undefined || statement.principal.not) return [];
  const reasons: PrincipalMatchReason[] = [];
  for (const e of statement.principal.entries) if (e.matched) reasons.push(e.reason);
  return reasons;
}

import { canonicalAction, FEDERATED_ACTIONS, type StsAction } from '../action/sts-actions.js';
import type { RoleArn } from '../arn/arn.js';
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
    // How the allowing statements matched: naming the caller itself, the account, or everyone.
    let namesCaller = false;
    let namesAccount = false;
    for (const ref of decisive) {
      const principal = statements[ref.index]?.principal;
      if (principal === undefined || principal.not) continue;
      for (const e of principal.entries) {
        if (!e.matched) continue;
        if (e.reason === 'account') namesAccount = true;
        else if (e.reason !== 'any-aws-principal') namesCaller = true;
      }
    }
    const resource = role?.arn;
    const sameAccount =
      role === undefined ? undefined : role.account === caller.account && role.partition === caller.partition;
    if (sameAccount === false) {
      out.push({ kind: 'identity-policy', necessity: 'required', reason: 'cross-account', action, resource });
    } else if (!namesCaller && namesAccount) {
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
    const { sessionTags, sourceIdentity, trustedContext } = request.carries;
    if (sessionTags) out.push(companion('sts:TagSession', 'session-tags', evaluateAction));
    if (sourceIdentity) out.push(companion('sts:SetSourceIdentity', 'source-identity', evaluateAction));
    if (trustedContext) out.push(companion('sts:SetContext', 'trusted-context', evaluateAction));
  }
  return out;
}

/** One literal, not a spread of the verdict: V8 builds spread literals by a slow path. */
function companion(
  action: StsAction,
  because: 'session-tags' | 'source-identity' | 'trusted-context',
  evaluateAction: EvaluateAction,
): Requirement {
  const { decision, decisive } = evaluateAction(action);
  return { kind: 'companion-action', action, because, decision, decisive };
}

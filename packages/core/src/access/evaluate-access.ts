import { canonicalAction } from '../action/sts-actions.js';
import type { Finding } from '../diagnostics/finding.js';
import { type CompiledPolicy, compile, type TrustInput } from '../evaluate/compile.js';
import type { Decision, Evaluation } from '../evaluate/trace.js';
import type { ResolveOptions } from '../request/resolve-request.js';
import {
  type CompiledPermissionPolicy,
  compilePermissionPolicy,
  type PermissionEvaluation,
} from './permission-policy.js';

/**
 * The caller's side of an AssumeRole call. Every field is optional: what is not given is not
 * evaluated (and the trust evaluation's requirements still say it is needed).
 */
export interface CallerPolicies {
  /** The caller's identity-based policies (its own, and its groups' for a user): any one may allow. */
  readonly identity?: readonly unknown[] | undefined;
  /** The SCPs that apply to the caller's account, one per level (root, OUs, account): every level must allow. */
  readonly scp?: readonly unknown[] | undefined;
  /** The caller's permissions boundary. */
  readonly boundary?: unknown;
}

export interface AccessInput extends TrustInput {
  readonly caller?: CallerPolicies | undefined;
}

/** Where a verdict comes from. */
export type AccessSide = 'trust-policy' | 'identity-policy' | 'scp' | 'permissions-boundary';

export type SideStatus =
  | 'allow'
  | 'explicit-deny'
  | 'implicit-deny'
  /** The side exists but its allow is not needed (a same-account trust that names the caller). */
  | 'not-required'
  /** The side does not apply to this caller (services, federated callers, the root user's identity policies). */
  | 'not-applicable'
  /** The scenario does not give these policies. */
  | 'not-given'
  /** A policy uses what Trustwright does not evaluate (see the findings); the side has no verdict. */
  | 'refused';

export interface PolicyVerdict {
  /** Index in its list (identity policies and SCPs); 0 for the boundary. */
  readonly index: number;
  /** The policy's verdict for each action the call needs (the assume action first). */
  readonly actions: readonly { readonly action: string; readonly evaluation: PermissionEvaluation }[];
  readonly decision: Decision;
}

export interface SideVerdict {
  readonly side: AccessSide;
  readonly status: SideStatus;
  /** One sentence: why the side has this status. */
  readonly reason: string;
  readonly policies: readonly PolicyVerdict[];
}

/** The verdict with the caller's side, as AWS combines the policies for role assumption. */
export interface AccessEvaluation {
  readonly decision: Decision;
  /** The side whose verdict is final: the one that denies, or 'all' when every applicable side allows. */
  readonly decidedBy: AccessSide | 'all';
  /** The trust policy alone (what a scenario's `expect` states). */
  readonly trust: Evaluation;
  /** Trust policy, identity policies, SCPs, permissions boundary, in that order. */
  readonly sides: readonly SideVerdict[];
  /** Refusals in the caller's policies (paths start with identity/scp/boundary and the policy index). */
  readonly findings: readonly Finding[];
  /** False when a side was refused: the verdict then leaves that side out. */
  readonly complete: boolean;
}

const DENY_ORDER: readonly AccessSide[] = ['scp', 'trust-policy', 'identity-policy', 'permissions-boundary'];

/**
 * Evaluates a request against the trust policy and the caller's policies together, following
 * AWS's evaluation logic for role assumption: an explicit deny anywhere denies; the SCPs of the
 * caller's account must allow; the trust policy must allow (role trust policies must always
 * allow explicitly); the caller's identity policies must also allow when the call is
 * cross-account or the trust names the caller's account rather than the caller; the caller's
 * permissions boundary must allow. Pure and total.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
export function evaluateAccess(
  input: AccessInput,
  request: unknown,
  options?: ResolveOptions,
): AccessEvaluation {
  return evaluateAccessWith(compile(input), compileCallerPolicies(input.caller), request, options);
}

export interface CompiledCallerPolicies {
  readonly identity: readonly CompiledPermissionPolicy[] | undefined;
  readonly scp: readonly CompiledPermissionPolicy[] | undefined;
  readonly boundary: CompiledPermissionPolicy | undefined;
  readonly findings: readonly Finding[];
}

export function compileCallerPolicies(caller: CallerPolicies | undefined): CompiledCallerPolicies {
  const findings: Finding[] = [];
  const list = (side: 'identity' | 'scp', words: string, policies: readonly unknown[] | undefined) =>
    policies?.map((p, i) => {
      const compiled = compilePermissionPolicy(p, `${words} ${i + 1}`);
      for (const f of compiled.findings) findings.push({ ...f, path: [side, i, ...f.path] });
      return compiled;
    });
  const identity = list('identity', 'identity policy', caller?.identity);
  const scp = list('scp', 'SCP', caller?.scp);
  let boundary: CompiledPermissionPolicy | undefined;
  if (caller?.boundary !== undefined) {
    boundary = compilePermissionPolicy(caller.boundary, 'permissions boundary');
    for (const f of boundary.findings) findings.push({ ...f, path: ['boundary', ...f.path] });
  }
  return { identity, scp, boundary, findings };
}

/** `evaluateAccess` with both sides compiled already (the trust-file path). */
export function evaluateAccessWith(
  trustPolicy: CompiledPolicy,
  caller: CompiledCallerPolicies,
  request: unknown,
  options?: ResolveOptions,
): AccessEvaluation {
  const trust = trustPolicy.evaluate(request, options);
  const resolved = trust.request;
  const who = resolved.caller;
  const role = trustPolicy.role?.arn;
  const assume = canonicalAction(resolved.action) ?? resolved.action;
  // A call that carries tags or a source identity needs those actions on the caller's side too.
  const actions = [
    assume,
    ...trust.requirements.flatMap((r) => (r.kind === 'companion-action' ? [r.action] : [])),
  ];
  const findings = [...caller.findings];
  const sides: SideVerdict[] = [];
  const trustSide: SideVerdict = {
    side: 'trust-policy',
    status: trust.decision,
    reason: trustReason(trust.decision),
    policies: [],
  };
  sides.push(trustSide);

  const awsCaller = who?.type === 'AWS' ? who : undefined;
  const notApplicable = (side: AccessSide, reason: string): SideVerdict => ({
    side,
    status: 'not-applicable',
    reason,
    policies: [],
  });
  const evaluateSide = (
    side: AccessSide,
    policies: readonly CompiledPermissionPolicy[],
    combine: 'any' | 'every',
  ): SideVerdict => {
    if (policies.some((p) => p.findings.length > 0))
      return {
        side,
        status: 'refused',
        reason: `Not evaluated: ${policies.flatMap((p) => p.findings)[0]?.message ?? ''}`,
        policies: [],
      };
    if (role === undefined && policies.some((p) => p.needsRole)) {
      findings.push({
        code: 'caller-policy-needs-role',
        severity: 'error',
        category: 'request',
        message: `${SIDE_WORDS[side]} name specific resources; set the role ARN to evaluate them.`,
        path: ['role'],
        target: 'value',
      });
      return {
        side,
        status: 'refused',
        reason:
          'Not evaluated: its Resource names specific ARNs, so the role ARN is needed to match it; set the role.',
        policies: [],
      };
    }
    const verdicts: PolicyVerdict[] = policies.map((p, index) => {
      const per = actions.map((action) => ({ action, evaluation: p.evaluate(action, role, resolved.byKey) }));
      const decision: Decision = per.some((x) => x.evaluation.decision === 'explicit-deny')
        ? 'explicit-deny'
        : per.every((x) => x.evaluation.decision === 'allow')
          ? 'allow'
          : 'implicit-deny';
      return { index, actions: per, decision };
    });
    let status: Decision;
    if (verdicts.some((v) => v.decision === 'explicit-deny')) status = 'explicit-deny';
    else if (combine === 'any')
      status = verdicts.some((v) => v.decision === 'allow') ? 'allow' : 'implicit-deny';
    else
      status =
        verdicts.length > 0 && verdicts.every((v) => v.decision === 'allow') ? 'allow' : 'implicit-deny';
    return { side, status, reason: sideReason(side, status, actions, role), policies: verdicts };
  };

  // Identity policies.
  const requirement = trust.requirements.find((r) => r.kind === 'identity-policy');
  if (awsCaller === undefined)
    sides.push(
      notApplicable(
        'identity-policy',
        'The caller is not an IAM identity, so no identity-based policy is evaluated.',
      ),
    );
  else if (awsCaller.kind === 'root')
    sides.push(
      notApplicable('identity-policy', "The root user's permissions are not set by identity-based policies."),
    );
  else if (caller.identity === undefined)
    sides.push({
      side: 'identity-policy',
      status: 'not-given',
      reason: "The scenario does not give the caller's identity-based policies.",
      policies: [],
    });
  else {
    const side = evaluateSide('identity-policy', caller.identity, 'any');
    const required =
      trust.decision !== 'allow' || (requirement !== undefined && requirement.necessity !== 'unclear');
    if (!required && side.status === 'implicit-deny')
      sides.push({
        ...side,
        status: 'not-required',
        reason:
          requirement?.necessity === 'unclear'
            ? "The trust policy allows every AWS principal and the caller is in the role's account; AWS documents that no identity-policy allow is then needed (grant it anyway to be sure). Only a Deny would count."
            : 'The trust policy names the caller itself in its own account, so no identity-policy allow is needed; only a Deny would count.',
      });
    else if (side.status === 'implicit-deny' && requirement?.necessity === 'if-cross-account')
      sides.push({
        ...side,
        reason: `${side.reason} Without the role ARN the call is taken to be cross-account, where that allow is needed.`,
      });
    else sides.push(side);
  }

  // SCPs of the caller's account.
  if (awsCaller === undefined)
    sides.push(notApplicable('scp', 'SCPs do not apply to service principals or federated callers.'));
  else if (caller.scp === undefined)
    sides.push({
      side: 'scp',
      status: 'not-given',
      reason: "The scenario does not give the SCPs of the caller's account.",
      policies: [],
    });
  else sides.push(evaluateSide('scp', caller.scp, 'every'));

  // Permissions boundary.
  if (awsCaller === undefined || awsCaller.kind === 'root' || awsCaller.kind === 'federated-user')
    sides.push(
      notApplicable('permissions-boundary', 'Only IAM users and role sessions have permissions boundaries.'),
    );
  else if (caller.boundary === undefined)
    sides.push({
      side: 'permissions-boundary',
      status: 'not-given',
      reason: 'The scenario gives no permissions boundary for the caller.',
      policies: [],
    });
  else sides.push(evaluateSide('permissions-boundary', [caller.boundary], 'any'));

  const statusOf = (side: AccessSide) => sides.find((s) => s.side === side)?.status;
  const complete = !sides.some((s) => s.status === 'refused');
  const denier = DENY_ORDER.find((s) => statusOf(s) === 'explicit-deny');
  let decision: Decision = 'allow';
  let decidedBy: AccessEvaluation['decidedBy'] = 'all';
  if (denier !== undefined) {
    decision = 'explicit-deny';
    decidedBy = denier;
  } else {
    const blocker = DENY_ORDER.find((s) => statusOf(s) === 'implicit-deny');
    if (blocker !== undefined) {
      decision = 'implicit-deny';
      decidedBy = blocker;
    }
  }
  return { decision, decidedBy, trust, sides, findings, complete };
}

function trustReason(decision: Decision): string {
  switch (decision) {
    case 'allow':
      return 'The trust policy allows the call.';
    case 'explicit-deny':
      return 'The trust policy denies the call explicitly.';
    case 'implicit-deny':
      return 'The trust policy does not allow the call; role trust policies must allow it explicitly.';
  }
}

const SIDE_WORDS: Record<AccessSide, string> = {
  'trust-policy': 'The trust policy',
  'identity-policy': "The caller's identity-based policies",
  scp: "The SCPs of the caller's account",
  'permissions-boundary': "The caller's permissions boundary",
};

function sideReason(
  side: AccessSide,
  status: Decision,
  actions: readonly string[],
  role: string | undefined,
): string {
  const what = `${actions.join(' and ')} on ${role ?? 'this role'}`;
  switch (status) {
    case 'allow':
      return `${SIDE_WORDS[side]} allow ${what}.`;
    case 'explicit-deny':
      return `${SIDE_WORDS[side]} explicitly deny ${what}.`;
    case 'implicit-deny':
      return side === 'scp'
        ? `Not every level of the SCPs allows ${what}, so the call is denied.`
        : `${SIDE_WORDS[side]} do not allow ${what}.`;
  }
}

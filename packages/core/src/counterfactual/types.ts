import type { StsAction } from '../action/sts-actions.js';
import type { ContextValue } from '../conditions/typed-values.js';
import type { TextEdit } from '../diagnostics/finding.js';
import type { RequestPrincipal } from '../diff/callers.js';
import type { DiffRequest } from '../diff/types.js';
import type { Decision, StatementRef } from '../evaluate/trace.js';

/** One atomic change to a request. */
export type RequestEdit =
  | { readonly kind: 'set-context'; readonly key: string; readonly value: ContextValue }
  | { readonly kind: 'remove-context'; readonly key: string }
  | { readonly kind: 'set-caller'; readonly principal: RequestPrincipal }
  | { readonly kind: 'set-action'; readonly action: StsAction };

/** A change to the request that flips the verdict, checked by evaluating the changed request. */
export interface RequestCounterfactual {
  readonly kind: 'request';
  readonly edits: readonly RequestEdit[];
  /** The whole changed request (the contract's shape; it can replace the scenario's request). */
  readonly request: DiffRequest;
  /** The verdict the changed request gets (evaluated, not predicted). */
  readonly verified: Decision;
  readonly decisive: readonly StatementRef[];
  /** "Send sts:ExternalId = "Audit-4455": Statement 1 then allows it." */
  readonly text: string;
}

export type PolicyChangeKind =
  /** Add the caller to a statement's Principal. */
  | 'add-principal'
  /** Add the action to a statement's Action. */
  | 'add-action'
  /** Add the request's value to a condition's values. */
  | 'add-condition-value'
  /** Remove a condition the request fails. */
  | 'remove-condition'
  /** Add a statement that allows (or denies) exactly this caller and action. */
  | 'add-statement'
  /** Remove the statement that decides. */
  | 'remove-statement'
  /** Keep a Deny but exempt this caller with a condition on aws:PrincipalArn. */
  | 'narrow-deny';

/** A change to the policy that flips the verdict, checked by evaluating the edited policy. */
export interface PolicyCounterfactual {
  readonly kind: 'policy';
  readonly change: PolicyChangeKind;
  /** The statement changed (undefined for an added statement). */
  readonly statement: StatementRef | undefined;
  /** Edits to `Counterfactuals.policyText`, as quick fixes carry them (apply with `applyEdits`). */
  readonly edits: readonly TextEdit[];
  /** The policy text after the edits. */
  readonly policyText: string;
  readonly verified: Decision;
  /** "Add arn:aws:iam::111122223333:user/dev to the Principal of Statement 1: then it allows it." */
  readonly text: string;
  /** Always true: these widen or narrow access; offer them, never apply them unasked. */
  readonly changesAccess: true;
}

/**
 * The smallest changes that flip a verdict: to the request (what the caller could send or be)
 * and to the policy (what the author could change), each one evaluated before it is returned.
 */
export interface Counterfactuals {
  /** The verdict now. */
  readonly decision: Decision;
  /** What the changes reach: an allow for a denied request, a deny for an allowed one. */
  readonly target: 'allow' | 'deny';
  /** Fewest edits first; those that reach an allow before those that only change the deny. */
  readonly request: readonly RequestCounterfactual[];
  readonly policy: readonly PolicyCounterfactual[];
  /** The text the policy edits apply to: the policy text given, or the object laid out by JSON.stringify(policy, null, 2). */
  readonly policyText: string;
  /** Why nothing could be suggested, when that is so (an unreadable policy or request). */
  readonly problem?: string;
}

export interface CounterfactualOptions {
  /** The clock (epoch ms or Date) for requests without aws:CurrentTime. */
  readonly now?: number | Date;
  /** At most this many suggestions of each kind (default 6). */
  readonly max?: number;
}

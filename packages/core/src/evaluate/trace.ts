import type { StsAction } from '../action/sts-actions.js';
import type { SetQualifier } from '../conditions/operator-names.js';
import type { ContextScalar } from '../conditions/typed-values.js';
import type { Finding } from '../diagnostics/finding.js';
import type { JsonPath } from '../json/json-path.js';
import type { Effect } from '../model/policy.js';
import type { PrincipalMatchReason, PrincipalMismatchReason } from '../principal/match-principal.js';
import type { ValueSource } from '../request/context-entry.js';
import type { ResolvedRequest } from '../request/resolve-request.js';

/** What the trust policy alone decides. */
export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny';
export type Outcome = 'match' | 'no-match';

export interface StatementRef {
  readonly index: number;
  readonly sid: string | undefined;
  readonly path: JsonPath;
}

/**
 * The result of one evaluation: the verdict and everything needed to say why. Data only;
 * `explain()` turns it into sentences.
 */
export interface Evaluation {
  readonly decision: Decision;
  /** Matching Deny statements; else matching Allow statements; else none. */
  readonly decisive: readonly StatementRef[];
  /** Every statement in document order, each fully evaluated (no short-circuit). */
  readonly statements: readonly StatementTrace[];
  readonly request: ResolvedRequest;
  /** What AWS checks beyond the trust policy; filled in when the trust policy allows. */
  readonly requirements: readonly Requirement[];
  /**
   * Problems: the policy's errors (AWS would reject it; paths into the policy) and the
   * request's (paths into the request, category 'request').
   */
  readonly findings: readonly Finding[];
}

export interface StatementTrace {
  readonly ref: StatementRef;
  /** Undefined when Effect is not exactly Allow or Deny: the statement never applies. */
  readonly effect: Effect | undefined;
  /** Why the statement cannot be read (it then never applies), or undefined. */
  readonly malformed: string | undefined;
  readonly matched: boolean;
  readonly principal: PrincipalTrace;
  readonly action: ActionTrace;
  readonly conditions: readonly ConditionClauseTrace[];
}

export interface PrincipalTrace {
  readonly outcome: Outcome;
  /** NotPrincipal: matches when no entry matches the caller. */
  readonly not: boolean;
  /** Undefined when the statement has neither Principal nor NotPrincipal. */
  readonly path: JsonPath | undefined;
  /** Every principal value compared with the caller. */
  readonly entries: readonly PrincipalEntryTrace[];
}

export type PrincipalEntryTrace =
  | {
      readonly path: JsonPath;
      readonly value: string;
      readonly matched: true;
      readonly reason: PrincipalMatchReason;
    }
  | {
      readonly path: JsonPath;
      readonly value: string;
      readonly matched: false;
      readonly reason: PrincipalMismatchReason;
    };

export interface ActionTrace {
  readonly outcome: Outcome;
  readonly not: boolean;
  /** Undefined when the statement has neither Action nor NotAction. */
  readonly path: JsonPath | undefined;
  /** The pattern that matched the action (for NotAction: the one that excluded it). */
  readonly pattern: { readonly value: string; readonly path: JsonPath } | undefined;
  /** Every pattern the statement lists. */
  readonly patterns: readonly string[];
}

/** Why a condition clause came out as it did. */
export type ClauseReason =
  | 'value-matched'
  | 'no-value-matched'
  | 'negated-none-matched'
  | 'negated-value-matched'
  | 'key-missing'
  | 'key-missing-negated'
  | 'key-missing-if-exists'
  | 'for-any-value-missing'
  | 'for-all-values-missing'
  | 'for-any-value-matched'
  | 'for-any-value-none-matched'
  | 'for-all-values-matched'
  | 'for-all-values-some-failed'
  | 'multi-valued-plain-operator'
  | 'null-key-absent'
  | 'null-key-present'
  | 'null-with-set-operator'
  | 'request-type-mismatch'
  | 'unknown-operator';

export interface PolicyValueTrace {
  readonly written: string;
  /** After policy variables; undefined when a variable had no value (the value cannot match). */
  readonly resolved: string | undefined;
  readonly matched: boolean;
  readonly path: JsonPath;
  /** True when the value is unusable for its operator (e.g. "tomorrow" for DateLessThan). */
  readonly invalid: boolean;
}

export interface ConditionClauseTrace {
  /** `Statement[0].Condition.StringEquals["sts:ExternalId"]`. */
  readonly path: JsonPath;
  readonly operator: string;
  /** Canonical base operator name; undefined when the operator is unknown. */
  readonly base: string | undefined;
  readonly qualifier: SetQualifier | undefined;
  readonly ifExists: boolean;
  readonly negated: boolean;
  readonly key: string;
  /** The request's values for the key; undefined when the key is missing. */
  readonly requestValues: readonly ContextScalar[] | undefined;
  readonly requestSource: ValueSource | undefined;
  readonly values: readonly PolicyValueTrace[];
  readonly outcome: Outcome;
  readonly reason: ClauseReason;
}

/** What AWS checks besides the trust policy (evaluation-logic and session-tags pages). */
export type Requirement =
  | {
      readonly kind: 'identity-policy';
      /** 'required'; 'if-cross-account' when the role's account is unknown; 'unclear' for {"AWS":"*"} in the same account. */
      readonly necessity: 'required' | 'if-cross-account' | 'unclear';
      readonly reason: 'cross-account' | 'account-principal' | 'role-unknown' | 'any-principal-same-account';
      readonly action: string;
      readonly resource: string | undefined;
    }
  | {
      /** The call also needs this action allowed by the trust policy (tags, source identity, context). */
      readonly kind: 'companion-action';
      readonly action: StsAction;
      readonly because: 'session-tags' | 'source-identity' | 'trusted-context';
      readonly decision: Decision;
      readonly decisive: readonly StatementRef[];
    }
  | { readonly kind: 'permissions-boundary'; readonly action: string }
  | { readonly kind: 'session-policy'; readonly action: string }
  | { readonly kind: 'scp'; readonly action: string }
  | { readonly kind: 'rcp'; readonly action: string };

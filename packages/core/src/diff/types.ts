import type { StsAction } from '../action/sts-actions.js';
import type { ContextValue } from '../conditions/typed-values.js';
import type { Finding } from '../diagnostics/finding.js';
import type { Decision, StatementRef } from '../evaluate/trace.js';
import type { JsonPath } from '../json/json-path.js';
import type { RequestPrincipal } from './callers.js';

/**
 * What a change does to one class of requests:
 * - 'added': the old version denies, the new one allows (new access);
 * - 'removed': the old version allows, the new one denies (access taken away);
 * - 'deny-changed': both deny, but one explicitly and the other by default (the access is the
 *   same; a guard Deny appeared or went away).
 */
export type DiffDirection = 'added' | 'removed' | 'deny-changed';

/** Added access first, then removed, then changes of deny kind: the order of every listing. */
export const DIFF_DIRECTIONS: readonly DiffDirection[] = ['added', 'removed', 'deny-changed'];

/** A concrete request, in the trust-file contract's shape (it can be pasted as a scenario's request). */
export interface DiffRequest {
  readonly action: StsAction;
  readonly principal: RequestPrincipal;
  readonly context: Readonly<Record<string, ContextValue>>;
}

/** One condition clause: `Statement[0].Condition.Bool["aws:MultiFactorAuthPresent"]`. */
export interface ClauseRef {
  readonly path: JsonPath;
  readonly operator: string;
  readonly key: string;
}

/** Why one version decided the witness as it did. */
export type DiffCause =
  /** Allow: these statements allow it; explicit deny: these statements deny it. */
  | { readonly kind: 'allowed' | 'denied'; readonly statements: readonly StatementRef[] }
  /**
   * Implicit deny. `near` are the Allow statements whose principal and action match the witness
   * but whose conditions fail (with the failing clauses); empty when no Allow names the caller
   * and action at all.
   */
  | {
      readonly kind: 'not-allowed';
      readonly near: readonly { readonly statement: StatementRef; readonly failing: readonly ClauseRef[] }[];
    };

export interface VersionVerdict {
  readonly decision: Decision;
  readonly cause: DiffCause;
}

/**
 * One class of requests whose verdict changes: the requests decided by the same statements (and,
 * for a default deny, failing the same clauses) in both versions. The witness is one of them,
 * replayed through `evaluate`; `base`/`head` are its verdicts there.
 */
export interface AccessChange {
  /** Stable within one diff: direction and causes. */
  readonly id: string;
  readonly direction: DiffDirection;
  readonly base: VersionVerdict;
  readonly head: VersionVerdict;
  readonly witness: DiffRequest;
  /** Every action the class covers (the witness calls the first). */
  readonly actions: readonly StsAction[];
  /** The principal values of the deciding statements that match callers of the class. */
  readonly principals: readonly string[];
  /** Example callers of the class (ARNs, service or provider names), most natural first. */
  readonly callers: readonly string[];
  /** How many distinct caller/action/value combinations the search found in the class. */
  readonly witnessCount: number;
  /** One plain-English sentence ("Any principal in account 111122223333 can now assume the role ..."). */
  readonly description: string;
}

/** Why the result might miss a class (its witnesses are still all real). */
export type DiffLimitationCode =
  /** Two clauses on one key compare different wildcard patterns (or a pattern beside IgnoreCase). */
  | 'wildcard-patterns'
  /** A condition value uses a policy variable, so it depends on a second key. */
  | 'policy-variables'
  /** A multivalued key has too many kinds of values to try every combination. */
  | 'multivalued-combinations'
  /** Too many combinations to try them all; a guided sample was tried. */
  | 'search-bounded'
  /** A candidate did not replay as the analysis predicted, so it was dropped. */
  | 'replay-mismatch'
  /** More classes than `maxChanges`; the rest are left out. */
  | 'truncated';

export interface DiffLimitation {
  readonly code: DiffLimitationCode;
  readonly message: string;
  /** The condition key concerned, when there is one. */
  readonly key?: string;
}

/** A problem with the input: which version, and what. */
export interface DiffProblem {
  readonly version: 'base' | 'head' | 'both';
  readonly code: 'policy-unreadable' | 'invalid-role' | 'role-changed';
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface DiffVersion {
  readonly role: string | undefined;
  /** The version's errors (AWS would reject it): from `compile(...).findings`. */
  readonly findings: readonly Finding[];
}

/** The semantic difference between two versions of a trust policy. */
export interface PolicyDiff {
  /** False when a version cannot be read at all (then `changes` is empty). */
  readonly ok: boolean;
  readonly base: DiffVersion;
  readonly head: DiffVersion;
  readonly problems: readonly DiffProblem[];
  /** In direction order (added, removed, deny-changed), then by deciding statement. */
  readonly changes: readonly AccessChange[];
  readonly summary: { readonly added: number; readonly removed: number; readonly denyChanged: number };
  /**
   * True when every class of changed requests is listed. Witnesses are always real (each was
   * replayed); `exact: false` means a class may be missing, for the `limitations` given.
   */
  readonly exact: boolean;
  readonly limitations: readonly DiffLimitation[];
  /** Work done: callers and caller/action pairs tried, combinations checked, evaluations run. */
  readonly stats: {
    readonly callers: number;
    readonly pairs: number;
    readonly combinations: number;
    readonly evaluations: number;
  };
}

export interface DiffOptions {
  /** The clock (epoch ms or Date) for requests without aws:CurrentTime. */
  readonly now?: number | Date;
  /** At most this many classes are returned (default 200). */
  readonly maxChanges?: number;
}

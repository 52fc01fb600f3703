import { stsActionIndex } from '../action/sts-actions.js';
import { parseRoleArn, type RoleArn } from '../arn/arn.js';
import type { Finding } from '../diagnostics/finding.js';
import { RULES } from '../lint/rules/index.js';
import { runRules } from '../lint/run-rules.js';
import { normalizePolicy } from '../model/normalize.js';
import type { Policy } from '../model/policy.js';
import { type PolicySource, readPolicy } from '../model/read-policy.js';
import type { ContextEntry } from '../request/context-entry.js';
import {
  isResolvedRequest,
  type ResolvedRequest,
  type ResolveOptions,
  resolveRequest,
} from '../request/resolve-request.js';
import { CompiledStatement, type Evaluating, KeySlots } from './compile-statement.js';
import { decide, verdictOf } from './decide.js';
import { requirementsFor } from './requirements.js';
import type { Decision, Evaluation, Requirement, StatementRef, StatementTrace } from './trace.js';

/** A trust policy and, optionally, the role it is attached to. */
export interface TrustInput {
  /** The trust policy as JSON text or as a parsed object. */
  readonly policy: unknown;
  /** ARN of the role; decides same-account versus cross-account. */
  readonly role?: string | null | undefined;
}

/** A policy parsed and checked once, for evaluating many requests. */
export interface CompiledPolicy {
  /** False when the policy is not readable (not JSON, or not an object); every request is then implicitly denied. */
  readonly ok: boolean;
  readonly policy: Policy | undefined;
  readonly role: RoleArn | undefined;
  readonly source: PolicySource;
  /** Everything AWS would reject (severity error), plus an unusable role ARN. */
  readonly findings: readonly Finding[];
  /** Same answer as `evaluate(input, request, options)`. Never throws. */
  evaluate(request: unknown, options?: ResolveOptions): Evaluation;
}

const ERROR_RULES = RULES.filter((r) => r.severity === 'error');

/** Parses, checks and compiles a trust policy. Never throws: problems become findings. */
export function compile(input: TrustInput): CompiledPolicy {
  return compileSource(readPolicy(input.policy), input.role);
}

/** Evaluates one request: `compile(input).evaluate(request, options)`. */
export function evaluate(input: TrustInput, request: unknown, options?: ResolveOptions): Evaluation {
  return compile(input).evaluate(request, options);
}

/** Compiles a policy already read (the trust-file path, which keeps positions in the file). */
export function compileSource(source: PolicySource, roleInput: string | null | undefined): CompiledPolicy {
  return new CompiledTrustPolicy(source, roleInput);
}

/**
 * A class rather than an object literal: V8 builds a literal with a getter by its slow path on
 * every compile, which made a cold what-if evaluation twice as slow (measured with `pnpm bench`).
 */
class CompiledTrustPolicy implements CompiledPolicy {
  readonly ok: boolean;
  readonly policy: Policy | undefined;
  readonly role: RoleArn | undefined;
  readonly source: PolicySource;
  readonly #readFindings: readonly Finding[];
  readonly #statements: readonly CompiledStatement[];
  /** The condition keys the statements read, by slot. */
  readonly #keys: readonly string[];
  #findings: readonly Finding[] | undefined;
  /**
   * Each request's entries, in this policy's key slots, for its own action. Resolved requests are
   * immutable and shared (resolveRequest remembers them), so the what-if panel's scenarios, run
   * again on every keystroke, skip building them.
   */
  readonly #byRequest = new WeakMap<ResolvedRequest, Evaluating>();

  constructor(source: PolicySource, roleInput: string | null | undefined) {
    const findings: Finding[] = [...source.findings];
    let role: RoleArn | undefined;
    if (typeof roleInput === 'string' && roleInput !== '') {
      const parsed = parseRoleArn(roleInput);
      if ('error' in parsed) {
        findings.push({
          code: 'invalid-role',
          severity: 'error',
          category: 'request',
          message: parsed.error,
          path: ['role'],
          target: 'value',
        });
      } else {
        role = parsed;
      }
    }
    const policy =
      source.root !== undefined && source.findings.length === 0 ? normalizePolicy(source.root) : undefined;
    this.ok = policy !== undefined;
    this.policy = policy;
    this.role = role;
    this.source = source;
    this.#readFindings = findings;
    const keys = new KeySlots();
    this.#statements =
      policy?.statements.map((s) => new CompiledStatement(s, policy.variablesEnabled, keys)) ?? [];
    this.#keys = keys.keys;
  }

  /**
   * The verdict never depends on these checks (normalize already decides which statements can
   * apply), so they run when someone first reads the findings, not on the compile path: that
   * halves the cold time of a what-if evaluation.
   */
  get findings(): readonly Finding[] {
    this.#findings ??=
      this.policy === undefined
        ? this.#readFindings
        : [
            ...this.#readFindings,
            ...runRules(this.source, this.policy, { rules: ERROR_RULES, role: this.role, now: 0 }),
          ];
    return this.#findings;
  }

  evaluate(requestInput: unknown, options?: ResolveOptions): Evaluation {
    const request = isResolvedRequest(requestInput) ? requestInput : resolveRequest(requestInput, options);
    let evaluating = this.#byRequest.get(request);
    if (evaluating === undefined) {
      evaluating = this.#evaluating(request, request.action);
      this.#byRequest.set(request, evaluating);
    }
    const statements: StatementTrace[] = [];
    for (const statement of this.#statements) statements.push(statement.trace(evaluating));
    const { decision, decisive } = decide(statements);
    const requirements =
      decision === 'allow'
        ? requirementsFor(request, this.role, statements, decisive, (action) =>
            this.#verdict(this.#evaluating(request, action)),
          )
        : [];
    return new CompiledEvaluation(decision, decisive, statements, request, requirements, this);
  }

  #evaluating(request: ResolvedRequest, action: string): Evaluating {
    const byKey = request.byKey;
    const userId = byKey.get('aws:userid');
    const entries: (ContextEntry | undefined)[] = [];
    for (const key of this.#keys) entries.push(byKey.get(key));
    return {
      caller: request.caller,
      action,
      actionIndex: stsActionIndex(action),
      context: byKey,
      entries,
      rolePartition: this.role?.partition,
      userId: userId?.values.length === 1 ? String(userId.values[0]) : undefined,
    };
  }

  /** The decision alone (companion actions): statements that cannot apply are skipped at their first failing part. */
  #verdict(e: Evaluating): Pick<Evaluation, 'decision' | 'decisive'> {
    const denies: StatementRef[] = [];
    const allows: StatementRef[] = [];
    for (const statement of this.#statements) {
      if (!statement.applies(e)) continue;
      if (statement.effect === 'Deny') denies.push(statement.ref);
      else allows.push(statement.ref);
    }
    return verdictOf(denies, allows);
  }
}

/**
 * An evaluation whose `findings` (the policy's errors, then the request's) are computed on first
 * read: the verdict never needs them, and checking the policy is half the cost of a cold
 * evaluation. A class, not a literal with a getter, so that V8 keeps one fast shape for the hot
 * path; `toJSON` keeps the findings in serialized output.
 */
class CompiledEvaluation implements Evaluation {
  readonly decision: Decision;
  readonly decisive: readonly StatementRef[];
  readonly statements: readonly StatementTrace[];
  readonly request: ResolvedRequest;
  readonly requirements: readonly Requirement[];
  readonly #policy: CompiledPolicy;
  #findings: readonly Finding[] | undefined;

  constructor(
    decision: Decision,
    decisive: readonly StatementRef[],
    statements: readonly StatementTrace[],
    request: ResolvedRequest,
    requirements: readonly Requirement[],
    policy: CompiledPolicy,
  ) {
    this.decision = decision;
    this.decisive = decisive;
    this.statements = statements;
    this.request = request;
    this.requirements = requirements;
    this.#policy = policy;
  }

  get findings(): readonly Finding[] {
    this.#findings ??=
      this.request.findings.length === 0
        ? this.#policy.findings
        : [...this.#policy.findings, ...this.request.findings];
    return this.#findings;
  }

  toJSON(): Evaluation {
    const { decision, decisive, statements, request, requirements, findings } = this;
    return { decision, decisive, statements, request, requirements, findings };
  }
}

import { compileActionPattern, matchAction } from '../action/match-action.js';
import { type CompiledClause, type ContextLookup, compileClause } from '../conditions/compile-clause.js';
import type { Statement } from '../model/policy.js';
import type { Caller } from '../principal/caller.js';
import {
  matchPrincipal,
  type PrincipalEntryResult,
  type PrincipalFacts,
} from '../principal/match-principal.js';
import type { PolicyPrincipal } from '../principal/policy-principal.js';
import type { ContextEntry } from '../request/context-entry.js';
import type { Glob } from '../text/glob.js';
import type {
  ActionTrace,
  ConditionClauseTrace,
  PrincipalEntryTrace,
  PrincipalTrace,
  StatementRef,
  StatementTrace,
} from './trace.js';

/** One evaluation's request as every statement reads it. */
export interface Evaluating extends PrincipalFacts {
  readonly caller: Caller | undefined;
  readonly action: string;
  /** The action's index in STS_ACTIONS (in any case), or -1 for another action. */
  readonly actionIndex: number;
  readonly context: ContextLookup;
  /** The request's entry for each condition key of the policy, by slot (see KeySlots). */
  readonly entries: readonly (ContextEntry | undefined)[];
}

/**
 * The condition keys a policy reads, each with a slot: an evaluation looks each key up once,
 * however many clauses test it (60 statements testing the same two keys: two lookups).
 */
export class KeySlots {
  readonly keys: string[] = [];
  readonly #slots = new Map<string, number>();

  slotOf(keyLower: string): number {
    let slot = this.#slots.get(keyLower);
    if (slot === undefined) {
      slot = this.keys.length;
      this.keys.push(keyLower);
      this.#slots.set(keyLower, slot);
    }
    return slot;
  }
}

const NO_PRINCIPAL: PrincipalTrace = Object.freeze({
  outcome: 'no-match',
  not: false,
  path: undefined,
  entries: [],
});
const NO_ACTION: ActionTrace = Object.freeze({
  outcome: 'no-match',
  not: false,
  path: undefined,
  pattern: undefined,
  patterns: [],
});

/**
 * A statement compiled for many requests. `applies` is the verdict alone (it stops at the first
 * part that fails); `trace` evaluates every part even after one fails, since the "why not" view
 * needs each failure.
 *
 * Traces are shared between evaluations whose parts come out the same: a principal trace for the
 * same per-entry results, an action trace per STS action, a clause trace per context entry (see
 * compileClause), a statement trace for the same three. Their objects are frozen, so no reader can
 * change another evaluation's trace; their arrays are only typed read-only, because V8 iterates a
 * frozen (or sealed) array 3 to 7 times slower, which made explain() 3 times slower on a
 * 60-statement policy (measured, Node 20). A repeated or similar request (the what-if panel, a batch of
 * scenarios, a 60-statement policy where most statements fail on the principal) then costs
 * comparisons, not allocations.
 */
export class CompiledStatement {
  readonly ref: StatementRef;
  readonly effect: Statement['effect'];
  readonly #statement: Statement;
  /** Whether the statement can ever apply: a valid Effect, readable, with a principal and an action. */
  readonly #canApply: boolean;
  readonly #entries: readonly PolicyPrincipal[];
  readonly #patterns: readonly {
    readonly value: string;
    readonly path: Statement['path'];
    readonly glob: Glob;
  }[];
  readonly #clauses: readonly CompiledClause[];
  /** Each clause's key slot. */
  readonly #slots: readonly number[];
  /** Action traces by index in STS_ACTIONS. */
  readonly #actionTraces: (ActionTrace | undefined)[] = [];
  #noCaller: PrincipalTrace | undefined;
  #lastResults: readonly PrincipalEntryResult[] | undefined;
  #lastPrincipal: PrincipalTrace | undefined;
  /** Per entry: its traces so far, one per reason (a reason says whether it matched). */
  #entryTraces: PrincipalEntryTrace[][] | undefined;
  #lastConditions: readonly ConditionClauseTrace[] | undefined;
  #last: StatementTrace | undefined;

  constructor(statement: Statement, variablesEnabled: boolean, keys: KeySlots) {
    this.#statement = statement;
    this.ref = { index: statement.index, sid: statement.sid, path: statement.path };
    this.effect = statement.effect;
    this.#canApply =
      statement.effect !== undefined &&
      statement.malformed === undefined &&
      statement.principal !== undefined &&
      statement.action !== undefined;
    this.#entries = statement.principal?.entries ?? [];
    this.#patterns = (statement.action?.patterns ?? []).map((p) => ({
      value: p.value,
      path: p.path,
      glob: compileActionPattern(p.value),
    }));
    this.#clauses = statement.conditions.map((c) => compileClause(c, variablesEnabled));
    this.#slots = this.#clauses.map((c) => keys.slotOf(c.keyLower));
  }

  /** Whether the statement applies to the request: the principal, the action and every clause match. */
  applies(e: Evaluating): boolean {
    if (!this.#canApply || e.caller === undefined) return false;
    if (this.#principalMatches(e.caller, e) === false) return false;
    if (this.#actionTrace(e).outcome !== 'match') return false;
    const clauses = this.#clauses;
    for (let i = 0; i < clauses.length; i++) {
      if (!(clauses[i] as CompiledClause).test(e.entries[this.#slots[i] as number], e.context)) return false;
    }
    return true;
  }

  trace(e: Evaluating): StatementTrace {
    const principal = this.#principalTrace(e);
    const action = this.#actionTrace(e);
    const conditions = this.#conditionTraces(e);
    const last = this.#last;
    if (
      last !== undefined &&
      last.principal === principal &&
      last.action === action &&
      last.conditions === conditions
    )
      return last;
    const s = this.#statement;
    const trace: StatementTrace = Object.freeze({
      ref: this.ref,
      effect: s.effect,
      malformed: s.malformed,
      matched:
        this.#canApply &&
        principal.outcome === 'match' &&
        action.outcome === 'match' &&
        conditions.every((c) => c.outcome === 'match'),
      principal,
      action,
      conditions,
    });
    this.#last = trace;
    return trace;
  }

  #principalMatches(caller: Caller, facts: PrincipalFacts): boolean {
    let any = false;
    for (const entry of this.#entries) {
      if (matchPrincipal(entry, caller, facts).matched) {
        any = true;
        break;
      }
    }
    return any !== (this.#statement.principal?.not ?? false);
  }

  /** Every principal value compared with the caller. */
  #principalTrace(e: Evaluating): PrincipalTrace {
    const principal = this.#statement.principal;
    if (principal === undefined) return NO_PRINCIPAL;
    const caller = e.caller;
    if (caller === undefined) {
      this.#noCaller ??= Object.freeze({
        outcome: 'no-match',
        not: principal.not,
        path: principal.path,
        entries: [],
      });
      return this.#noCaller;
    }
    const entries = this.#entries;
    const last = this.#lastResults;
    if (last !== undefined) {
      let same = true;
      for (let i = 0; i < entries.length; i++) {
        if (matchPrincipal(entries[i] as PolicyPrincipal, caller, e) !== last[i]) {
          same = false;
          break;
        }
      }
      if (same) return this.#lastPrincipal as PrincipalTrace;
    }
    const results = entries.map((entry) => matchPrincipal(entry, caller, e));
    const traces = results.map((result, i) => this.#entryTrace(i, result));
    const any = results.some((r) => r.matched);
    const trace: PrincipalTrace = Object.freeze({
      outcome: any !== principal.not ? 'match' : 'no-match',
      not: principal.not,
      path: principal.path,
      entries: traces,
    });
    this.#lastResults = results;
    this.#lastPrincipal = trace;
    return trace;
  }

  #entryTrace(i: number, result: PrincipalEntryResult): PrincipalEntryTrace {
    this.#entryTraces ??= this.#entries.map(() => []);
    // An entry meets few distinct results (one per reason at most): a list beats a map.
    const known = this.#entryTraces[i] as PrincipalEntryTrace[];
    for (const trace of known) if (trace.reason === result.reason) return trace;
    const entry = this.#entries[i] as PolicyPrincipal;
    // Literal per branch keeps one object shape (spreads make slow dictionary objects).
    const trace = Object.freeze(
      result.matched
        ? { path: entry.path, value: entry.value, matched: true, reason: result.reason }
        : { path: entry.path, value: entry.value, matched: false, reason: result.reason },
    );
    known.push(trace);
    return trace;
  }

  /** The action against the patterns; the same for an STS action in any spelling (patterns ignore case). */
  #actionTrace(e: Evaluating): ActionTrace {
    const action = this.#statement.action;
    if (action === undefined) return NO_ACTION;
    if (e.actionIndex >= 0) {
      const known = this.#actionTraces[e.actionIndex];
      if (known !== undefined) return known;
    }
    const hit = this.#patterns.find((p) => matchAction(p.glob, e.action));
    const trace: ActionTrace = Object.freeze({
      outcome: (hit !== undefined) !== action.not ? 'match' : 'no-match',
      not: action.not,
      path: action.path,
      pattern: hit === undefined ? undefined : Object.freeze({ value: hit.value, path: hit.path }),
      patterns: this.#patterns.map((p) => p.value),
    });
    if (e.actionIndex >= 0) this.#actionTraces[e.actionIndex] = trace;
    return trace;
  }

  /** The clause traces; the previous array when every clause traced as before. */
  #conditionTraces(e: Evaluating): readonly ConditionClauseTrace[] {
    const clauses = this.#clauses;
    const last = this.#lastConditions;
    let out: ConditionClauseTrace[] | undefined;
    for (let i = 0; i < clauses.length; i++) {
      const trace = (clauses[i] as CompiledClause).trace(e.entries[this.#slots[i] as number], e.context);
      if (out === undefined) {
        if (last !== undefined && last[i] === trace) continue;
        out = last === undefined ? [] : last.slice(0, i);
      }
      out.push(trace);
    }
    if (out === undefined) {
      if (last !== undefined) return last;
      out = [];
    }
    this.#lastConditions = out;
    return out;
  }
}

import { type ContextValue, formatDate } from '../conditions/typed-values.js';
import type { Decision, Evaluation } from '../evaluate/trace.js';
import type { CallerCandidate } from './callers.js';
import type { Dimension, EvaluateBoth } from './dimensions.js';
import type { Facts } from './facts.js';
import type { DiffLimitation } from './types.js';

/** A caller standing for every caller that behaves the same in both versions. */
export interface CallerClass {
  readonly candidate: CallerCandidate;
  /** Rank of the candidate: lower is a more natural witness. */
  readonly order: number;
  readonly principalOk: readonly [readonly boolean[], readonly boolean[]];
  /** Outcome of every clause on a caller key, for this caller. */
  readonly callerClauseOk: ReadonlyMap<number, boolean>;
}

/** Which statements' Action covers an action, per version. */
export interface ActionFacts {
  readonly action: string;
  readonly ok: readonly [readonly boolean[], readonly boolean[]];
}

export interface SearchContext {
  readonly facts: Facts;
  readonly dims: readonly Dimension[];
  /** The dimension of each clause not on a caller key. */
  readonly clauseDim: ReadonlyMap<number, number>;
  /** Statement usable (a valid Effect, not malformed), per version. */
  readonly usable: readonly [readonly boolean[], readonly boolean[]];
  readonly deny: readonly [readonly boolean[], readonly boolean[]];
  readonly evaluateBoth: EvaluateBoth;
  readonly now: number;
  readonly stats: { combinations: number; evaluations: number };
  readonly limitations: DiffLimitation[];
}

/** A request on which the versions may differ, to be replayed; `alternatives` if it does not. */
export interface CandidateWitness {
  readonly caller: CallerClass;
  readonly actions: readonly string[];
  readonly requests: readonly DiffRequestDraft[];
  readonly count: number;
  /** Present when the search already evaluated it (pairs with policy variables). */
  readonly evaluated?: readonly [Evaluation, Evaluation];
}

export interface DiffRequestDraft {
  readonly action: string;
  readonly principal: CallerCandidate['principal'];
  readonly context: Record<string, ContextValue>;
}

/** Above this many combinations per caller and action, a guided sample is tried instead. */
const MAX_COMBINATIONS = 20_000;
/** Combinations evaluated for real per pair when a clause has policy variables. */
const MAX_REPLAYS = 600;
const ALTERNATIVES = 3;

interface Applicable {
  readonly side: 0 | 1;
  readonly statement: number;
  readonly deny: boolean;
  /** Per pair dimension: for each region, whether all the statement's clauses on it hold. */
  readonly ok: readonly (readonly boolean[] | undefined)[];
}

/**
 * Searches the requests of one caller class and action group for those the two versions decide
 * differently. The decision is a function of which clauses hold, and each clause of a usable
 * statement reads one dimension, so it is computed from per-region clause outcomes for every
 * combination of regions (all of them, when there are not too many).
 */
export function searchPair(
  ctx: SearchContext,
  caller: CallerClass,
  actions: readonly ActionFacts[],
): CandidateWitness[] {
  const { facts, dims } = ctx;
  const action = actions[0] as ActionFacts;
  const potential: [number[], number[]] = [[], []];
  let dynamic = false;
  for (const side of [0, 1] as const)
    facts.sides[side].statements.forEach((_, s) => {
      if (!ctx.usable[side][s] || caller.principalOk[side][s] !== true || action.ok[side][s] !== true) return;
      potential[side].push(s);
      if (facts.byStatement[side][s]?.some((id) => facts.clauses[id]?.dynamic === true)) dynamic = true;
    });
  const callerHolds = (side: 0 | 1, s: number): boolean =>
    (facts.byStatement[side][s] ?? []).every((id) => {
      const c = facts.clauses[id];
      return c === undefined || !c.callerKey || caller.callerClauseOk.get(id) === true;
    });
  const applicable: [number[], number[]] = [
    potential[0].filter((s) => dynamic || callerHolds(0, s)),
    potential[1].filter((s) => dynamic || callerHolds(1, s)),
  ];
  if (applicable[0].length === 0 && applicable[1].length === 0) return [];

  // The dimensions the applicable statements read, each with its regions for these clauses.
  const dimIndex = new Map<number, number>();
  const pairDims: { dim: Dimension; clauses: number[] }[] = [];
  for (const side of [0, 1] as const)
    for (const s of applicable[side])
      for (const id of facts.byStatement[side][s] ?? []) {
        const c = facts.clauses[id];
        if (c === undefined || c.callerKey) continue;
        const d = ctx.clauseDim.get(id);
        if (d === undefined) continue;
        let at = dimIndex.get(d);
        if (at === undefined) {
          at = pairDims.length;
          dimIndex.set(d, at);
          pairDims.push({ dim: dims[d] as Dimension, clauses: [] });
        }
        pairDims[at]?.clauses.push(id);
      }
  const regions = pairDims.map(({ dim, clauses }) => regionsOf(dim, clauses, dynamic));

  const statementsOf = (side: 0 | 1): Applicable[] =>
    applicable[side].map((s) => ({
      side,
      statement: s,
      deny: ctx.deny[side][s] === true,
      ok: pairDims.map(({ dim }, d) => {
        const own = (facts.byStatement[side][s] ?? []).filter((id) => dim.truth.has(id));
        if (own.length === 0) return undefined;
        return (regions[d] as number[]).map((v) => own.every((id) => dim.truth.get(id)?.[v] === true));
      }),
    }));
  const statements = [...statementsOf(0), ...statementsOf(1)];
  if (!dynamic && sameConstraints(statements)) return [];

  const total = regions.reduce((n, r) => n * r.length, 1);
  const limit = dynamic ? MAX_REPLAYS : MAX_COMBINATIONS;
  const assignments: Iterable<readonly number[]> =
    total <= limit ? odometer(regions.map((r) => r.length)) : guided(statements, regions, limit);
  if (total > limit && !ctx.limitations.some((l) => l.code === 'search-bounded'))
    ctx.limitations.push({
      code: 'search-bounded',
      message: `One caller and action reach ${total.toLocaleString('en-US')} combinations of condition values; a guided sample of them was tried.`,
    });

  const requestFor = (assignment: readonly number[]): DiffRequestDraft => {
    const context: Record<string, ContextValue> = { ...caller.candidate.context };
    pairDims.forEach(({ dim }, d) => {
      const value = dim.values[(regions[d] as number[])[assignment[d] ?? 0] ?? 0];
      if (value !== undefined) context[dim.key] = value;
      else if (dim.clock) context[dim.key] = formatDate(ctx.now);
    });
    return { action: action.action, principal: caller.candidate.principal, context };
  };
  const actionNames = actions.map((a) => a.action);

  if (dynamic) {
    const found = new Map<
      string,
      { requests: DiffRequestDraft[]; count: number; evaluated: readonly [Evaluation, Evaluation] }
    >();
    for (const assignment of assignments) {
      ctx.stats.combinations++;
      const request = requestFor(assignment);
      const { evaluations } = ctx.evaluateBoth(request);
      const [b, h] = evaluations;
      if (b.decision === h.decision) continue;
      const key = `${b.decision}|${h.decision}|${b.decisive.map((r) => r.index).join(',')}|${h.decisive.map((r) => r.index).join(',')}`;
      const group = found.get(key);
      if (group === undefined) found.set(key, { requests: [request], count: 1, evaluated: evaluations });
      else group.count++;
    }
    return [...found.values()].map((g) => ({ caller, actions: actionNames, ...g }));
  }

  const nearAllow: [number[], number[]] = [
    potential[0].filter((s) => ctx.deny[0][s] !== true),
    potential[1].filter((s) => ctx.deny[1][s] !== true),
  ];
  const freeTruth = (id: number, assignment: readonly number[]): boolean => {
    const c = facts.clauses[id];
    if (c === undefined) return false;
    if (c.callerKey) return caller.callerClauseOk.get(id) === true;
    const d = ctx.clauseDim.get(id);
    const dim = d === undefined ? undefined : dims[d];
    if (d === undefined || dim === undefined) return false;
    const at = dimIndex.get(d);
    const value = at === undefined ? 0 : ((regions[at] as number[])[assignment[at] ?? 0] ?? 0);
    return dim.truth.get(id)?.[value] === true;
  };
  const decideSide = (side: 0 | 1, assignment: readonly number[]): { decision: Decision; key: string } => {
    const allow: number[] = [];
    const denied: number[] = [];
    for (const st of statements) {
      if (st.side !== side) continue;
      if (!st.ok.every((ok, d) => ok === undefined || ok[assignment[d] ?? 0] === true)) continue;
      (st.deny ? denied : allow).push(st.statement);
    }
    if (denied.length > 0) return { decision: 'explicit-deny', key: `D${denied.join(',')}` };
    if (allow.length > 0) return { decision: 'allow', key: `A${allow.join(',')}` };
    const near = nearAllow[side].map(
      (s) =>
        `${s}(${(facts.byStatement[side][s] ?? []).filter((id) => !freeTruth(id, assignment)).join(',')})`,
    );
    return { decision: 'implicit-deny', key: `I${near.join(';')}` };
  };

  const groups = new Map<string, { assignments: (readonly number[])[]; count: number }>();
  for (const assignment of assignments) {
    ctx.stats.combinations++;
    const b = decideSide(0, assignment);
    const h = decideSide(1, assignment);
    if (b.decision === h.decision) continue;
    const key = `${b.decision}|${h.decision}|${b.key}|${h.key}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { assignments: [[...assignment]], count: 1 });
    else {
      group.count++;
      if (group.assignments.length < ALTERNATIVES) group.assignments.push([...assignment]);
    }
  }
  return [...groups.values()].map((g) => ({
    caller,
    actions: actionNames,
    requests: g.assignments.map(requestFor),
    count: g.count,
  }));
}

/** Value indices, one per distinct outcome of these clauses (all valid values for policy variables). */
function regionsOf(dim: Dimension, clauses: readonly number[], dynamic: boolean): number[] {
  if (dynamic && dim.clauses.some((c) => c.dynamic)) return dim.valid.slice(0, 16);
  const seen = new Set<string>();
  const out: number[] = [];
  for (const v of dim.kept) {
    const sig = clauses.map((id) => (dim.truth.get(id)?.[v] === true ? '1' : '0')).join('');
    if (seen.has(sig)) continue;
    seen.add(sig);
    out.push(v);
  }
  return out;
}

/** Both versions' applicable statements constrain the requests identically: nothing can differ. */
function sameConstraints(statements: readonly Applicable[]): boolean {
  const sig = (st: Applicable): string =>
    `${st.deny ? 'D' : 'A'}:${st.ok.map((ok) => (ok === undefined ? '*' : ok.map((b) => (b ? '1' : '0')).join(''))).join('|')}`;
  const sets = [0, 1].map((side) => new Set(statements.filter((s) => s.side === side).map(sig)));
  const [a, b] = sets as [Set<string>, Set<string>];
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function* odometer(sizes: readonly number[]): Generator<readonly number[]> {
  const at = sizes.map(() => 0);
  if (sizes.some((n) => n === 0)) return;
  while (true) {
    yield at;
    let d = at.length - 1;
    while (d >= 0) {
      at[d] = (at[d] ?? 0) + 1;
      if ((at[d] ?? 0) < (sizes[d] ?? 0)) break;
      at[d] = 0;
      d--;
    }
    if (d < 0) return;
  }
}

/**
 * A sample for large searches: nothing given; each statement's conditions met (alone and with
 * another statement's); and from each of these, every single dimension moved to each region.
 */
function* guided(
  statements: readonly Applicable[],
  regions: readonly (readonly number[])[],
  limit: number,
): Generator<readonly number[]> {
  const seen = new Set<string>();
  const seeds: number[][] = [regions.map(() => 0)];
  const meet = (base: number[], st: Applicable): number[] | undefined => {
    const out = [...base];
    for (let d = 0; d < regions.length; d++) {
      const ok = st.ok[d];
      if (ok === undefined || ok[out[d] ?? 0] === true) continue;
      const r = ok.indexOf(true);
      if (r < 0) return undefined;
      out[d] = r;
    }
    return out;
  };
  for (const st of statements) {
    const one = meet(
      regions.map(() => 0),
      st,
    );
    if (one === undefined) continue;
    seeds.push(one);
    for (const other of statements) {
      if (other === st) continue;
      const two = meet(one, other);
      if (two !== undefined) seeds.push(two);
    }
  }
  let yielded = 0;
  const emit = (a: readonly number[]): boolean => {
    const id = a.join(',');
    if (seen.has(id)) return false;
    seen.add(id);
    yielded++;
    return true;
  };
  for (const seed of seeds) {
    if (yielded >= limit) return;
    if (emit(seed)) yield seed;
    for (let d = 0; d < regions.length; d++)
      for (let r = 0; r < (regions[d]?.length ?? 0); r++) {
        if (yielded >= limit) return;
        const moved = [...seed];
        moved[d] = r;
        if (emit(moved)) yield moved;
      }
  }
}

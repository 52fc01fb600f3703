import type { ContextScalar, ContextValue } from '../conditions/typed-values.js';
import { parseTemplate, resolveTemplate } from '../conditions/variables.js';
import type { Evaluation } from '../evaluate/trace.js';
import type { ResolvedRequest } from '../request/resolve-request.js';
import { ANY_CHAR, ANY_RUN } from '../text/glob.js';
import { type ClauseInfo, dimensionKey } from './facts.js';
import type { DiffLimitation } from './types.js';
import {
  isMultiValued,
  operatorOf,
  patternsMayOverlap,
  scalarCandidates,
  type ValueSettings,
  variableKeys,
} from './values.js';

/**
 * A context key the search varies, with its candidate values (index 0 is "not given") and the
 * outcome of each of its clauses for each value. Values on which every clause agrees are one
 * region; `kept` holds one value per region.
 */
export interface Dimension {
  readonly keyLower: string;
  /** The spelling a witness uses (the first the policies use; aws:CurrentTime for the clock). */
  readonly key: string;
  readonly clock: boolean;
  readonly clauses: readonly ClauseInfo[];
  readonly values: readonly (ContextValue | undefined)[];
  /** truth.get(clauseId)[valueIndex]. */
  readonly truth: ReadonlyMap<number, readonly boolean[]>;
  /** Value indices a request may carry (the others made the request invalid). */
  readonly valid: readonly number[];
  /** One valid value index per region, "not given" first. */
  readonly kept: readonly number[];
}

export type EvaluateBoth = (request: unknown) => {
  readonly request: ResolvedRequest;
  readonly evaluations: readonly [Evaluation, Evaluation];
};

const MAX_SUBSET_REPS = 4;
const MAX_ARRAYS = 64;

/**
 * Builds the dimensions of every clause not on a caller key, and evaluates their candidates.
 * Each clause reads one key, so one request can carry one candidate of every key at once: the
 * number of evaluations is the largest candidate count, not their sum.
 */
export function buildDimensions(
  clauses: readonly ClauseInfo[],
  settings: ValueSettings,
  refCaller: unknown,
  evaluateBoth: EvaluateBoth,
  samples: ReadonlyMap<string, readonly string[]>,
  limitations: DiffLimitation[],
): Dimension[] {
  const groups = new Map<string, ClauseInfo[]>();
  for (const c of clauses) {
    if (c.callerKey) continue;
    const key = dimensionKey(c.keyLower);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [c]);
    else list.push(c);
  }
  const drafts = [...groups].map(([keyLower, list]) => {
    const clock = keyLower === 'aws:currenttime';
    const scalars = scalarCandidates(list, settings, clock);
    for (const c of list) if (c.dynamic) scalars.push(...variableInstances(c, samples));
    if (list.some((c) => c.dynamic) && !limitations.some((l) => l.code === 'policy-variables'))
      limitations.push({
        code: 'policy-variables',
        key: list[0]?.key ?? keyLower,
        message: `A condition on ${list[0]?.key ?? keyLower} uses a policy variable, so it depends on a second key; values were tried from that key's candidates, not exhaustively.`,
      });
    if (patternsMayOverlap(list))
      limitations.push({
        code: 'wildcard-patterns',
        key: list[0]?.key ?? keyLower,
        message: `Clauses on ${list[0]?.key ?? keyLower} compare different wildcard patterns; the strings that match one pattern and not another were sampled, not enumerated.`,
      });
    const multi = !clock && isMultiValued(list);
    return {
      keyLower,
      key: clock ? 'aws:CurrentTime' : (list[0]?.key ?? keyLower),
      clock,
      clauses: list,
      multi,
      values: [undefined, ...unique(scalars).map((s): ContextValue => (multi ? [s] : s))] as (
        | ContextValue
        | undefined
      )[],
    };
  });

  let outcome = evaluateDrafts(drafts, refCaller, evaluateBoth);
  const multi = drafts.filter((d) => d.multi);
  if (multi.length > 0) {
    // Arrays: every combination of the kinds of single values when there are few of them.
    for (const d of multi) {
      const reps = keptIndices(d, outcome)
        .filter((i) => i > 0)
        .map((i) => (d.values[i] as ContextScalar[])[0] as ContextScalar);
      if (reps.length > MAX_SUBSET_REPS)
        limitations.push({
          code: 'multivalued-combinations',
          key: d.key,
          message: `${d.key} is multivalued and its values fall into ${reps.length} kinds; single values, pairs and all of them together were tried, not every combination.`,
        });
      d.values = [undefined, ...arraysOf(reps)];
    }
    const again = evaluateDrafts(multi, refCaller, evaluateBoth);
    outcome = {
      truth: new Map([...outcome.truth, ...again.truth]),
      invalid: new Map([...outcome.invalid, ...again.invalid]),
    };
  }
  return drafts.map((d) => {
    const kept = keptIndices(d, outcome);
    const invalid = outcome.invalid.get(d.keyLower) ?? new Set<number>();
    const valid = d.values.map((_, i) => i).filter((i) => !invalid.has(i));
    const truth = new Map<number, boolean[]>();
    for (const c of d.clauses) truth.set(c.id, outcome.truth.get(c.id) ?? []);
    return {
      keyLower: d.keyLower,
      key: d.key,
      clock: d.clock,
      clauses: d.clauses,
      values: d.values,
      truth,
      valid,
      kept,
    };
  });
}

interface Draft {
  readonly keyLower: string;
  readonly key: string;
  readonly clauses: readonly ClauseInfo[];
  values: (ContextValue | undefined)[];
}

interface DraftOutcome {
  readonly truth: Map<number, boolean[]>;
  readonly invalid: Map<string, Set<number>>;
}

function evaluateDrafts(
  drafts: readonly Draft[],
  refCaller: unknown,
  evaluateBoth: EvaluateBoth,
): DraftOutcome {
  const truth = new Map<number, boolean[]>();
  const invalid = new Map<string, Set<number>>();
  for (const d of drafts) for (const c of d.clauses) truth.set(c.id, []);
  const rounds = Math.max(0, ...drafts.map((d) => d.values.length));
  for (let i = 0; i < rounds; i++) {
    const context: Record<string, ContextValue> = {};
    for (const d of drafts) {
      const v = d.values[i];
      if (v !== undefined) context[d.key] = v;
    }
    const { request, evaluations } = evaluateBoth({
      principal: refCaller,
      action: 'sts:AssumeRole',
      context,
    });
    for (const f of request.findings) {
      if (f.path[0] !== 'context' || (f.severity !== 'error' && f.code !== 'request-context-multivalued'))
        continue;
      const key = String(f.path[1]).toLowerCase();
      const d = drafts.find((x) => x.key.toLowerCase() === key);
      if (d === undefined) continue;
      const set = invalid.get(d.keyLower) ?? new Set<number>();
      set.add(i);
      invalid.set(d.keyLower, set);
    }
    for (const d of drafts) {
      if (i >= d.values.length) continue;
      for (const c of d.clauses) {
        const trace = evaluations[c.side].statements[c.statement]?.conditions[c.index];
        (truth.get(c.id) as boolean[])[i] = trace?.outcome === 'match';
      }
    }
  }
  return { truth, invalid };
}

/** One valid value index per distinct outcome of the key's fixed clauses, "not given" first. */
function keptIndices(d: Draft, outcome: DraftOutcome): number[] {
  const invalid = outcome.invalid.get(d.keyLower);
  const fixed = d.clauses.filter((c) => !c.dynamic);
  const seen = new Set<string>();
  const kept: number[] = [];
  for (let i = 0; i < d.values.length; i++) {
    if (i > 0 && invalid?.has(i)) continue;
    const sig = fixed.map((c) => (outcome.truth.get(c.id)?.[i] === true ? '1' : '0')).join('');
    if (seen.has(sig)) continue;
    seen.add(sig);
    kept.push(i);
  }
  return kept;
}

/** Every non-empty subset of few representatives; otherwise singles, pairs and all together. */
function arraysOf(reps: readonly ContextScalar[]): ContextScalar[][] {
  if (reps.length <= MAX_SUBSET_REPS) {
    const out: ContextScalar[][] = [];
    for (let mask = 1; mask < 1 << reps.length; mask++)
      out.push(reps.filter((_, i) => (mask & (1 << i)) !== 0));
    return out;
  }
  const out: ContextScalar[][] = reps.map((r) => [r]);
  for (let i = 0; i < reps.length && out.length < MAX_ARRAYS; i++)
    for (let j = i + 1; j < reps.length && out.length < MAX_ARRAYS; j++)
      out.push([reps[i] as ContextScalar, reps[j] as ContextScalar]);
  out.push([...reps]);
  return out;
}

function unique(values: readonly ContextScalar[]): ContextScalar[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const id = `${typeof v}:${String(v)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Values a clause with variables compares, with each variable replaced by sample values of its key. */
function variableInstances(c: ClauseInfo, samples: ReadonlyMap<string, readonly string[]>): string[] {
  const op = operatorOf(c);
  if (op === undefined) return [];
  const keys = variableKeys(c);
  const out: string[] = [];
  for (let pick = 0; pick < 3; pick++) {
    for (const v of c.values) {
      const parts = resolveTemplate(parseTemplate(v, true, op.base.wildcards), (keyLower) => {
        const list = samples.get(keyLower) ?? [];
        return list.length === 0 ? undefined : list[pick % list.length];
      });
      if (parts === undefined) continue;
      out.push(parts.map((p) => (p === ANY_RUN ? 'example' : p === ANY_CHAR ? 'x' : p)).join(''));
    }
  }
  return keys.length === 0 ? [] : out;
}

import { canonicalAction, STS_ACTIONS, type StsAction } from '../action/sts-actions.js';
import type { RoleArn } from '../arn/arn.js';
import type { Decision, Evaluation } from '../evaluate/trace.js';
import { formatPath } from '../json/json-path.js';
import type { PolicyPrincipal } from '../principal/policy-principal.js';
import { describeChange } from './describe-change.js';
import type { Side } from './facts.js';
import type { DiffRequestDraft } from './search-pairs.js';
import {
  type AccessChange,
  DIFF_DIRECTIONS,
  type DiffCause,
  type DiffDirection,
  type DiffRequest,
} from './types.js';

/** A witness that replayed with different verdicts in the two versions. */
export interface ReplayedWitness {
  readonly request: DiffRequestDraft;
  readonly evaluations: readonly [Evaluation, Evaluation];
  /** Rank of its caller (lower: a more natural witness). */
  readonly callerOrder: number;
  /** Every action of its caller and action group. */
  readonly actions: readonly string[];
  readonly count: number;
}

export function directionOf(base: Decision, head: Decision): DiffDirection {
  if (head === 'allow') return 'added';
  if (base === 'allow') return 'removed';
  return 'deny-changed';
}

/** Why an evaluation came out as it did, from its trace. */
export function causeOf(e: Evaluation): DiffCause {
  if (e.decision === 'allow') return { kind: 'allowed', statements: e.decisive };
  if (e.decision === 'explicit-deny') return { kind: 'denied', statements: e.decisive };
  const near = e.statements
    .filter(
      (s) =>
        s.effect === 'Allow' &&
        s.malformed === undefined &&
        s.principal.outcome === 'match' &&
        s.action.outcome === 'match',
    )
    .map((s) => ({
      statement: s.ref,
      failing: s.conditions
        .filter((c) => c.outcome === 'no-match')
        .map((c) => ({ path: c.path, operator: c.operator, key: c.key })),
    }));
  return { kind: 'not-allowed', near };
}

function causeKey(cause: DiffCause): string {
  if (cause.kind !== 'not-allowed') return `${cause.kind}:${cause.statements.map((r) => r.index).join(',')}`;
  return `none:${cause.near.map((n) => `${n.statement.index}(${n.failing.map((f) => formatPath(f.path)).join(',')})`).join(';')}`;
}

interface ClassBuild {
  readonly direction: DiffDirection;
  readonly before: Decision;
  readonly after: Decision;
  readonly base: DiffCause;
  readonly head: DiffCause;
  readonly witnesses: ReplayedWitness[];
  count: number;
}

/**
 * Groups witnesses into classes: the same direction, decided by the same statements in each
 * version, and (for a default deny) failing the same clauses. A class whose failing clauses
 * include another's (same statements) is folded into it: "without MFA" covers "without MFA and
 * from another address".
 */
export function buildClasses(
  witnesses: readonly ReplayedWitness[],
  sides: readonly [Side, Side],
  roles: readonly [RoleArn | undefined, RoleArn | undefined],
): AccessChange[] {
  // The actions each caller class gains or loses under the same causes: a class is one set of
  // callers with one set of actions, so its sentence holds for every pair it names.
  const keyed = witnesses.map((w) => {
    const [b, h] = w.evaluations;
    const base = causeOf(b);
    const head = causeOf(h);
    const direction = directionOf(b.decision, h.decision);
    // For a change of deny kind only the Deny matters; the default-deny side's reasons are noise.
    const baseKey = direction === 'deny-changed' && base.kind === 'not-allowed' ? 'none' : causeKey(base);
    const headKey = direction === 'deny-changed' && head.kind === 'not-allowed' ? 'none' : causeKey(head);
    return {
      w,
      base,
      head,
      direction,
      causes: `${direction}|${b.decision}|${h.decision}|${baseKey}|${headKey}`,
    };
  });
  const actionSets = new Map<string, Set<string>>();
  for (const k of keyed) {
    const id = `${k.causes}|${k.w.callerOrder}`;
    const set = actionSets.get(id) ?? new Set<string>();
    for (const a of k.w.actions) set.add(canonicalAction(a) ?? a);
    actionSets.set(id, set);
  }
  const classes = new Map<string, ClassBuild>();
  for (const { w, base, head, direction, causes } of keyed) {
    const actions = [...(actionSets.get(`${causes}|${w.callerOrder}`) ?? [])].sort().join(',');
    const key = `${causes}|${actions}`;
    const [b, h] = w.evaluations;
    const existing = classes.get(key);
    if (existing === undefined)
      classes.set(key, {
        direction,
        before: b.decision,
        after: h.decision,
        base,
        head,
        witnesses: [w],
        count: w.count,
      });
    else {
      existing.witnesses.push(w);
      existing.count += w.count;
    }
  }
  const kept = foldCovered([...classes.values()]);
  const changes = kept.map((c) => toChange(c, sides, roles));
  const rank = (c: AccessChange): number => DIFF_DIRECTIONS.indexOf(c.direction);
  const first = (c: AccessChange): number => {
    const cause = c.direction === 'removed' || c.base.cause.kind === 'denied' ? c.base.cause : c.head.cause;
    return cause.kind === 'not-allowed' ? 0 : (cause.statements[0]?.index ?? 0);
  };
  return changes.sort((a, b) => rank(a) - rank(b) || first(a) - first(b) || a.id.localeCompare(b.id));
}

/** Failing clauses of a default deny, as a set, with the near statements they belong to. */
function failingSet(cause: DiffCause): { statements: string; clauses: Set<string> } | undefined {
  if (cause.kind !== 'not-allowed' || cause.near.length === 0) return undefined;
  return {
    statements: cause.near.map((n) => n.statement.index).join(','),
    clauses: new Set(cause.near.flatMap((n) => n.failing.map((f) => formatPath(f.path)))),
  };
}

function foldCovered(classes: ClassBuild[]): ClassBuild[] {
  const size = (c: ClassBuild): number =>
    (failingSet(c.base)?.clauses.size ?? 0) + (failingSet(c.head)?.clauses.size ?? 0);
  const sorted = [...classes].sort((a, b) => size(a) - size(b));
  const kept: ClassBuild[] = [];
  for (const c of sorted) {
    const host = kept.find((k) => covers(k, c));
    if (host === undefined) kept.push(c);
    else {
      host.witnesses.push(...c.witnesses);
      host.count += c.count;
    }
  }
  return kept;
}

/** `k` describes `c` too: same verdicts and deciding statements, and k's failing clauses are among c's. */
function covers(k: ClassBuild, c: ClassBuild): boolean {
  if (k.direction !== c.direction || k.before !== c.before || k.after !== c.after) return false;
  if (actionsOf(k).join(',') !== actionsOf(c).join(',')) return false;
  for (const side of ['base', 'head'] as const) {
    const a = k[side];
    const b = c[side];
    if (a.kind !== b.kind) return false;
    if (a.kind !== 'not-allowed') {
      if (causeKey(a) !== causeKey(b)) return false;
      continue;
    }
    const fa = failingSet(a);
    const fb = failingSet(b);
    if (fa === undefined || fb === undefined) {
      if (fa !== fb) return false;
      continue;
    }
    if (fa.statements !== fb.statements) return false;
    for (const clause of fa.clauses) if (!fb.clauses.has(clause)) return false;
  }
  return true;
}

function actionsOf(c: ClassBuild): string[] {
  return [...new Set(c.witnesses.flatMap((w) => w.actions.map((a) => canonicalAction(a) ?? a)))].sort();
}

const ASSUME: ReadonlySet<string> = new Set(STS_ACTIONS.slice(0, 3));

function toChange(
  c: ClassBuild,
  sides: readonly [Side, Side],
  roles: readonly [RoleArn | undefined, RoleArn | undefined],
): AccessChange {
  const witnesses = [...c.witnesses].sort(
    (a, b) =>
      actionRank(a.request.action) - actionRank(b.request.action) ||
      a.callerOrder - b.callerOrder ||
      Object.keys(a.request.context).length - Object.keys(b.request.context).length,
  );
  const best = witnesses[0] as ReplayedWitness;
  const actions = STS_ACTIONS.filter((a) =>
    witnesses.some((w) => w.actions.some((x) => canonicalAction(x) === a)),
  );
  // Whose principals say who: the version that allows (or, for deny changes, that denies).
  const decidingSide: 0 | 1 =
    c.direction === 'removed' ? 0 : c.direction === 'added' ? 1 : c.head.kind === 'denied' ? 1 : 0;
  const principals: PolicyPrincipal[] = [];
  const callers: string[] = [];
  for (const w of witnesses) {
    const caller = Object.values(w.request.principal)[0] as string;
    if (!callers.includes(caller)) callers.push(caller);
    const e = w.evaluations[decidingSide];
    for (const ref of e.decisive) {
      const trace = e.statements[ref.index];
      const statement = sides[decidingSide].statements[ref.index];
      if (trace === undefined || statement === undefined || trace.principal.not) continue;
      trace.principal.entries.forEach((entry, i) => {
        const model = statement.principal?.entries[i];
        if (entry.matched && model !== undefined) principals.push(model);
      });
    }
  }
  const witness: DiffRequest = {
    action: (canonicalAction(best.request.action) ?? 'sts:AssumeRole') as StsAction,
    principal: best.request.principal,
    context: best.request.context,
  };
  const id = `${c.direction}:${causeKey(c.base)}>${causeKey(c.head)}:${actions.join(',')}`;
  const description = describeChange(
    {
      direction: c.direction,
      base: c.base,
      head: c.head,
      actions,
      principals,
      decidingSide,
      caller: callers[0] ?? '',
    },
    sides,
    roles,
  );
  return {
    id,
    direction: c.direction,
    base: { decision: c.before, cause: c.base },
    head: { decision: c.after, cause: c.head },
    witness,
    actions,
    principals: [...new Set(principals.map((p) => p.value))],
    callers: callers.slice(0, 10),
    witnessCount: c.count,
    description,
  };
}

function actionRank(action: string): number {
  return ASSUME.has(canonicalAction(action) ?? '')
    ? 0
    : 1 + STS_ACTIONS.indexOf(canonicalAction(action) ?? 'sts:SetContext');
}

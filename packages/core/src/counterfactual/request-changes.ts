import { canonicalAction, STS_ACTIONS, type StsAction } from '../action/sts-actions.js';
import type { ContextValue } from '../conditions/typed-values.js';
import {
  actionsFor,
  CALLER_KEYS,
  type CallerCandidate,
  callerCandidates,
  type RequestPrincipal,
} from '../diff/callers.js';
import { dimensionKey } from '../diff/facts.js';
import type { DiffRequest } from '../diff/types.js';
import { type ClauseSource, isMultiValued, scalarCandidates, type ValueSettings } from '../diff/values.js';
import type { CompiledPolicy } from '../evaluate/compile.js';
import type { Decision, Evaluation } from '../evaluate/trace.js';
import { type Statement, statementLabel } from '../model/policy.js';
import type { RequestCounterfactual, RequestEdit } from './types.js';

/** A request being changed: plain, in the contract's shape. */
export interface Draft {
  readonly action: string;
  readonly principal: RequestPrincipal;
  readonly context: Readonly<Record<string, ContextValue>>;
}

export interface RequestSearch {
  readonly compiled: CompiledPolicy;
  readonly statements: readonly Statement[];
  readonly now: number;
  readonly base: Draft;
  readonly current: Evaluation;
  readonly settings: ValueSettings;
  /** Version 2012-10-17: `${...}` in condition values are policy variables. */
  readonly variables: boolean;
}

interface Scored {
  readonly draft: Draft;
  readonly evaluation: Evaluation;
  readonly score: number;
}

/**
 * 2: reaches the target; 1: leaves an explicit deny for a default one (the Deny no longer
 * decides); 0: no use (no change, an explicit deny instead of a default one, an invalid request).
 */
function scoreOf(current: Decision, e: Evaluation): number {
  if (e.request.findings.some((f) => f.severity === 'error')) return 0;
  if (current === 'allow') return e.decision === 'allow' ? 0 : 2;
  if (e.decision === 'allow') return 2;
  return current === 'explicit-deny' && e.decision === 'implicit-deny' ? 1 : 0;
}

function setKey(d: Draft, key: string, value: ContextValue | undefined): Draft {
  const context: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(d.context)) if (k.toLowerCase() !== key.toLowerCase()) context[k] = v;
  if (value !== undefined) context[key] = value;
  return { ...d, context };
}

function givenKey(d: Draft, keyLower: string): string | undefined {
  return Object.keys(d.context).find((k) => dimensionKey(k.toLowerCase()) === keyLower);
}

/** The condition keys of a policy, grouped the way the diff varies them. */
function keysOf(
  statements: readonly Statement[],
  variables: boolean,
): Map<string, { key: string; clock: boolean; clauses: ClauseSource[] }> {
  const out = new Map<string, { key: string; clock: boolean; clauses: ClauseSource[] }>();
  for (const s of statements)
    for (const c of s.conditions) {
      const keyLower = c.key.toLowerCase();
      if (CALLER_KEYS.has(keyLower)) continue;
      const dim = dimensionKey(keyLower);
      const clock = dim === 'aws:currenttime';
      const entry = out.get(dim) ?? { key: clock ? 'aws:CurrentTime' : c.key, clock, clauses: [] };
      entry.clauses.push({
        operator: c.operator,
        keyLower,
        values: c.values.map((v) => v.text),
        variables,
      });
      out.set(dim, entry);
    }
  return out;
}

const MAX_CALLERS = 300;

/**
 * Request changes that flip the verdict, fewest edits first: one condition key set or dropped,
 * another caller, another action; and, when no single edit reaches an allow, each Allow
 * statement's missing parts supplied together (and a Deny that then applies sidestepped).
 */
export function requestChanges(search: RequestSearch, max: number): RequestCounterfactual[] {
  const { compiled, now, base, current, settings } = search;
  const evaluate = (d: Draft): Evaluation => compiled.evaluate(d, { now });
  const found: Scored[] = [];
  /** Keeps a changed request that reaches at least `least` (callers and actions must reach the target). */
  const consider = (draft: Draft, least = 2): Scored => {
    const evaluation = evaluate(draft);
    const scored = { draft, evaluation, score: scoreOf(current.decision, evaluation) };
    if (scored.score >= least) found.push(scored);
    return scored;
  };
  const keys = keysOf(search.statements, search.variables);

  // One key at a time: the first value that reaches the target, else one that changes the deny.
  for (const [dim, info] of keys) {
    const multi = !info.clock && isMultiValued(info.clauses);
    const options: (ContextValue | undefined)[] = [];
    const existing = givenKey(base, dim);
    if (existing !== undefined) options.push(undefined);
    for (const v of scalarCandidates(info.clauses, settings, info.clock)) options.push(multi ? [v] : v);
    let partial: Scored | undefined;
    let hit = false;
    for (const value of options) {
      const key = existing ?? info.key;
      if (value !== undefined && JSON.stringify(base.context[key]) === JSON.stringify(value)) continue;
      const evaluation = evaluate(setKey(base, key, value));
      const score = scoreOf(current.decision, evaluation);
      if (score === 2) {
        found.push({ draft: setKey(base, key, value), evaluation, score });
        hit = true;
        break;
      }
      if (score === 1 && partial === undefined)
        partial = { draft: setKey(base, key, value), evaluation, score };
    }
    if (!hit && partial !== undefined) found.push(partial);
  }

  const denied = current.decision !== 'allow';
  const candidates = denied ? callersFor(search).slice(0, MAX_CALLERS) : [];
  if (denied) {
    const callerType = Object.keys(base.principal)[0];
    let callers = 0;
    for (const c of candidates) {
      if (callers >= 2) break;
      const draft = withCaller(base, c);
      if (JSON.stringify(draft.principal) === JSON.stringify(base.principal)) continue;
      const scored = consider(draft);
      if (scored.score === 2 && Object.keys(c.principal)[0] === callerType) callers++;
    }
    for (const action of actionsFor(candidateOf(base.principal)))
      if (action !== canonicalAction(base.action)) consider({ ...base, action });
  }

  if (denied && !found.some((f) => f.score === 2))
    search.statements.forEach((s, index) => {
      if (s.effect !== 'Allow' || s.malformed !== undefined) return;
      const fixed = supply(search, index, candidates, evaluate);
      if (fixed !== undefined) consider(fixed);
    });

  const seen = new Set<string>();
  return found
    .map((f) => ({ ...f, edits: editsBetween(base, f.draft) }))
    .filter((f) => f.edits.length > 0)
    .sort((a, b) => b.score - a.score || a.edits.length - b.edits.length)
    .filter((f) => {
      const id = JSON.stringify(f.draft);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .slice(0, max)
    .map((f) => ({
      kind: 'request' as const,
      edits: f.edits,
      request: asRequest(f.draft),
      verified: f.evaluation.decision,
      decisive: f.evaluation.decisive,
      text: `${capitalize(f.edits.map(editPhrase).join(' and '))}: ${outcome(f.evaluation, search.statements)}.`,
    }));
}

function callersFor(search: RequestSearch): CallerCandidate[] {
  const entries = search.statements.flatMap((s) => s.principal?.entries ?? []);
  const callerClauses = new Map<string, ClauseSource[]>();
  for (const s of search.statements)
    for (const c of s.conditions) {
      const keyLower = c.key.toLowerCase();
      if (!CALLER_KEYS.has(keyLower)) continue;
      const list = callerClauses.get(keyLower) ?? [];
      list.push({
        operator: c.operator,
        keyLower,
        values: c.values.map((v) => v.text),
        variables: search.variables,
      });
      callerClauses.set(keyLower, list);
    }
  return callerCandidates({
    entries,
    callerClauses,
    roles: [search.compiled.role],
    settings: search.settings,
  });
}

function candidateOf(principal: RequestPrincipal): CallerCandidate {
  const [type, value] = Object.entries(principal)[0] as ['AWS' | 'Service' | 'Federated', string];
  if (type !== 'Federated') return { principal, context: {}, type };
  return {
    principal,
    context: {},
    type,
    federated: value.includes(':saml-provider/')
      ? 'saml'
      : value.includes(':oidc-provider/')
        ? 'oidc'
        : 'web-identity',
  };
}

/** The request as this caller: its own caller keys replace the old ones; the action follows its type. */
function withCaller(d: Draft, c: CallerCandidate): Draft {
  const context: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(d.context)) if (!CALLER_KEYS.has(k.toLowerCase())) context[k] = v;
  Object.assign(context, c.context);
  const actions = actionsFor(c);
  const action = actions.includes(canonicalAction(d.action) ?? '') ? d.action : (actions[0] as string);
  return { action, principal: c.principal, context };
}

/** Supplies what one Allow statement misses: a caller it names, an action it covers, values its clauses take. */
function supply(
  search: RequestSearch,
  index: number,
  callers: readonly CallerCandidate[],
  evaluate: (d: Draft) => Evaluation,
): Draft | undefined {
  const statement = search.statements[index];
  if (statement === undefined) return undefined;
  let draft = search.base;
  let e = evaluate(draft);
  const traceOf = (ev: Evaluation) => ev.statements[index];
  if (traceOf(e)?.principal.outcome !== 'match' || callerClausesFail(traceOf(e))) {
    const caller = callers.find((c) => {
      const t = traceOf(evaluate(withCaller(draft, c)));
      return t?.principal.outcome === 'match' && !callerClausesFail(t);
    });
    if (caller === undefined) return undefined;
    draft = withCaller(draft, caller);
    e = evaluate(draft);
  }
  if (traceOf(e)?.action.outcome !== 'match') {
    const action = STS_ACTIONS.filter((a) => actionsFor(candidateOf(draft.principal)).includes(a)).find(
      (a) => traceOf(evaluate({ ...draft, action: a }))?.action.outcome === 'match',
    );
    if (action === undefined) return undefined;
    draft = { ...draft, action };
    e = evaluate(draft);
  }
  const keys = keysOf([statement], search.variables);
  for (const [dim, info] of keys) {
    const holds = (ev: Evaluation) =>
      (traceOf(ev)?.conditions ?? []).every(
        (c) => dimensionKey(c.key.toLowerCase()) !== dim || c.outcome === 'match',
      );
    if (holds(e)) continue;
    const multi = !info.clock && isMultiValued(info.clauses);
    const key = givenKey(draft, dim) ?? info.key;
    const options: (ContextValue | undefined)[] = [
      undefined,
      ...scalarCandidates(info.clauses, search.settings, info.clock).map((v) => (multi ? [v] : v)),
    ];
    const value = options.find((v) => holds(evaluate(setKey(draft, key, v))));
    if (value === undefined && !holds(evaluate(setKey(draft, key, undefined)))) return undefined;
    draft = setKey(draft, key, value);
    e = evaluate(draft);
  }
  // A Deny that now applies: move one of its keys out of its reach, keeping this statement's clauses.
  for (let round = 0; round < 3 && e.decision === 'explicit-deny'; round++) {
    let moved = false;
    for (const ref of e.decisive) {
      const deny = search.statements[ref.index];
      if (deny === undefined) continue;
      for (const [dim, info] of keysOf([deny], search.variables)) {
        const key = givenKey(draft, dim) ?? info.key;
        const options: (ContextValue | undefined)[] = [
          undefined,
          ...scalarCandidates(
            [...info.clauses, ...(keys.get(dim)?.clauses ?? [])],
            search.settings,
            info.clock,
          ),
        ];
        const next = options
          .map((v) => setKey(draft, key, v))
          .find((d) => {
            const ev = evaluate(d);
            return ev.statements[ref.index]?.matched !== true && traceOf(ev)?.matched === true;
          });
        if (next !== undefined) {
          draft = next;
          moved = true;
          break;
        }
      }
      if (moved) break;
    }
    if (!moved) break;
    e = evaluate(draft);
  }
  return e.decision === 'allow' ? draft : undefined;
}

function callerClausesFail(t: Evaluation['statements'][number] | undefined): boolean {
  return (t?.conditions ?? []).some((c) => CALLER_KEYS.has(c.key.toLowerCase()) && c.outcome !== 'match');
}

function editsBetween(base: Draft, next: Draft): RequestEdit[] {
  const edits: RequestEdit[] = [];
  if (JSON.stringify(base.principal) !== JSON.stringify(next.principal))
    edits.push({ kind: 'set-caller', principal: next.principal });
  if ((canonicalAction(base.action) ?? base.action) !== (canonicalAction(next.action) ?? next.action))
    edits.push({
      kind: 'set-action',
      action: (canonicalAction(next.action) ?? 'sts:AssumeRole') as StsAction,
    });
  const callerChanged = edits.some((e) => e.kind === 'set-caller');
  for (const [k, v] of Object.entries(next.context)) {
    if (JSON.stringify(base.context[k]) === JSON.stringify(v)) continue;
    if (callerChanged && CALLER_KEYS.has(k.toLowerCase())) continue;
    edits.push({ kind: 'set-context', key: k, value: v });
  }
  for (const k of Object.keys(base.context))
    if (!(k in next.context) && !(callerChanged && CALLER_KEYS.has(k.toLowerCase())))
      edits.push({ kind: 'remove-context', key: k });
  return edits;
}

function asRequest(d: Draft): DiffRequest {
  return {
    action: (canonicalAction(d.action) ?? 'sts:AssumeRole') as StsAction,
    principal: d.principal,
    context: d.context,
  };
}

/** The phrase for one edit: "send sts:ExternalId = "X"", "call from 203.0.113.7", "call as arn:...". */
export function editPhrase(edit: RequestEdit): string {
  switch (edit.kind) {
    case 'set-caller':
      return `call as ${Object.values(edit.principal)[0] as string}`;
    case 'set-action':
      return `call ${edit.action}`;
    case 'remove-context':
      return `send no ${edit.key}`;
    case 'set-context': {
      const key = edit.key.toLowerCase();
      const value = edit.value;
      if (key === 'aws:sourceip') return `call from ${String(value)}`;
      if (key === 'aws:multifactorauthpresent')
        return String(value) === 'true'
          ? 'use a session with MFA (aws:MultiFactorAuthPresent = true)'
          : 'use a session without MFA (aws:MultiFactorAuthPresent = false)';
      if (key === 'aws:currenttime') return `call at ${String(value)}`;
      return `send ${edit.key} = ${JSON.stringify(value)}`;
    }
  }
}

export function outcome(e: Evaluation, statements: readonly Statement[]): string {
  const labels = e.decisive
    .map((r) => statementLabel(statements[r.index] ?? { index: r.index, sid: r.sid }))
    .join(' and ');
  switch (e.decision) {
    case 'allow':
      return `${labels} then ${e.decisive.length > 1 ? 'allow' : 'allows'} it`;
    case 'explicit-deny':
      return `${labels} then ${e.decisive.length > 1 ? 'deny' : 'denies'} it explicitly`;
    case 'implicit-deny':
      return 'then no statement allows it (an implicit deny)';
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

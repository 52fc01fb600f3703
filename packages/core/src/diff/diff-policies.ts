import { STS_ACTIONS } from '../action/sts-actions.js';
import { parseArn } from '../arn/arn.js';
import { compile, type TrustInput } from '../evaluate/compile.js';
import { clockOf } from '../request/clock.js';
import { type ResolvedRequest, resolveRequest } from '../request/resolve-request.js';
import { actionsFor, type CallerCandidate, callerCandidates } from './callers.js';
import { buildClasses, type ReplayedWitness } from './classes.js';
import { buildDimensions, type EvaluateBoth } from './dimensions.js';
import { type ClauseInfo, collectFacts, otherAccount, type Side } from './facts.js';
import {
  type ActionFacts,
  type CallerClass,
  type CandidateWitness,
  type SearchContext,
  searchPair,
} from './search-pairs.js';
import type { DiffLimitation, DiffOptions, DiffProblem, DiffVersion, PolicyDiff } from './types.js';
import { type ClauseSource, isDynamic, patternsMayOverlap } from './values.js';

const DEFAULT_MAX_CHANGES = 200;

/**
 * The semantic difference between two versions of a trust policy: every class of requests that
 * one version allows and the other denies (or denies in another way), each with a concrete
 * witness request that was replayed through `evaluate` in both versions, and a sentence saying
 * who gains or loses what. Each version is evaluated with its own role. Pure, synchronous and
 * total: problems are reported in the result, nothing is thrown.
 *
 * How: callers, actions and per-key condition values are derived from the atoms of both
 * policies (see callers.ts and values.ts); evaluation sorts them into regions that every clause
 * treats alike; every combination of regions of the keys that matter for a caller and action
 * is decided from the clause outcomes; each difference found is replayed for real.
 */
export function diffPolicies(base: TrustInput, head: TrustInput, options: DiffOptions = {}): PolicyDiff {
  try {
    return run(base, head, options);
  } catch (error) {
    // Not reachable by design; kept so that "never throws" does not rest on that design alone.
    return {
      ok: false,
      base: { role: roleText(base), findings: [] },
      head: { role: roleText(head), findings: [] },
      problems: [
        {
          version: 'both',
          code: 'policy-unreadable',
          severity: 'error',
          message: `The comparison failed: ${error instanceof Error ? error.message : String(error)}.`,
        },
      ],
      changes: [],
      summary: { added: 0, removed: 0, denyChanged: 0 },
      exact: false,
      limitations: [],
      stats: { callers: 0, pairs: 0, combinations: 0, evaluations: 0 },
    };
  }
}

function roleText(input: TrustInput): string | undefined {
  return typeof input.role === 'string' && input.role !== '' ? input.role : undefined;
}

function run(base: TrustInput, head: TrustInput, options: DiffOptions): PolicyDiff {
  const now = clockOf(options.now);
  const compiled = [compile(base), compile(head)] as const;
  const problems: DiffProblem[] = [];
  const versions = compiled.map((c, i): DiffVersion => {
    const version = i === 0 ? 'base' : 'head';
    const words = i === 0 ? 'old' : 'new';
    if (!c.ok)
      problems.push({
        version,
        code: 'policy-unreadable',
        severity: 'error',
        message: `The ${words} policy cannot be read: ${c.findings[0]?.message ?? 'it is not a policy'}`,
      });
    const roleError = c.findings.find((f) => f.code === 'invalid-role');
    if (roleError !== undefined)
      problems.push({
        version,
        code: 'invalid-role',
        severity: 'error',
        message: `The ${words} version's role: ${roleError.message}`,
      });
    return { role: roleText(i === 0 ? base : head), findings: c.findings };
  }) as [DiffVersion, DiffVersion];
  const [baseRole, headRole] = [versions[0].role, versions[1].role];
  if (baseRole !== undefined && headRole !== undefined && baseRole !== headRole)
    problems.push({
      version: 'both',
      code: 'role-changed',
      severity: 'warning',
      message: `The role differs between the versions (${baseRole} before, ${headRole} now); each version is evaluated with its own role.`,
    });
  const limitations: DiffLimitation[] = [];
  const stats = { callers: 0, pairs: 0, combinations: 0, evaluations: 0 };
  const [c0, c1] = compiled;
  if (c0.policy === undefined || c1.policy === undefined)
    return result(false, versions, problems, [], limitations, stats);

  const sides: [Side, Side] = [
    { compiled: c0, statements: c0.policy.statements },
    { compiled: c1, statements: c1.policy.statements },
  ];
  const facts = collectFacts(sides);
  const settings = { accounts: facts.accounts, otherAccount: otherAccount(facts.accounts), now };
  const evaluateBoth: EvaluateBoth = (request) => {
    const resolved: ResolvedRequest = resolveRequest(request, { now });
    stats.evaluations += 2;
    return { request: resolved, evaluations: [c0.evaluate(resolved), c1.evaluate(resolved)] };
  };

  const callerClauses = new Map<string, ClauseInfo[]>();
  for (const c of facts.clauses) {
    if (!c.callerKey) continue;
    const list = callerClauses.get(c.keyLower);
    if (list === undefined) callerClauses.set(c.keyLower, [c]);
    else list.push(c);
  }
  for (const list of callerClauses.values()) {
    const key = list[0]?.key ?? '';
    if (patternsMayOverlap(list))
      limitations.push({
        code: 'wildcard-patterns',
        key,
        message: `Clauses on ${key} compare different wildcard patterns; callers whose ARN or ID matches one pattern and not another were sampled, not enumerated.`,
      });
    if (list.some((c) => isDynamic(c)) && !limitations.some((l) => l.code === 'policy-variables'))
      limitations.push({
        code: 'policy-variables',
        key,
        message: `A condition on ${key} uses a policy variable, so it depends on a second key; callers were sampled, not enumerated.`,
      });
  }
  const candidates = callerCandidates({
    entries: facts.entries,
    callerClauses,
    roles: [c0.role, c1.role],
    settings,
  });
  stats.callers = candidates.length;
  const callers = callerClasses(candidates, facts.clauses, evaluateBoth);

  const refCaller = { AWS: `arn:aws:iam::${settings.otherAccount}:user/example-user` };
  const actionFacts = new Map<string, ActionFacts & { sig: string }>();
  for (const action of STS_ACTIONS) {
    const { evaluations } = evaluateBoth({ principal: refCaller, action });
    const ok = evaluations.map((e) => e.statements.map((s) => s.action.outcome === 'match')) as [
      boolean[],
      boolean[],
    ];
    actionFacts.set(action, { action, ok, sig: ok.map((o) => o.map((b) => (b ? 1 : 0)).join('')).join('|') });
  }

  const dims = buildDimensions(
    facts.clauses,
    settings,
    refCaller,
    evaluateBoth,
    variableSamples(candidates, facts.clauses),
    limitations,
  );
  const clauseDim = new Map<number, number>();
  dims.forEach((d, i) => {
    for (const c of d.clauses) clauseDim.set(c.id, i);
  });
  const ctx: SearchContext = {
    facts,
    dims,
    clauseDim,
    usable: [
      sides[0].statements.map((s) => s.effect !== undefined && s.malformed === undefined),
      sides[1].statements.map((s) => s.effect !== undefined && s.malformed === undefined),
    ],
    deny: [
      sides[0].statements.map((s) => s.effect === 'Deny'),
      sides[1].statements.map((s) => s.effect === 'Deny'),
    ],
    evaluateBoth,
    now,
    stats,
    limitations,
  };

  const found: CandidateWitness[] = [];
  for (const caller of callers) {
    // Actions every statement treats alike are one search.
    const groups = new Map<string, ActionFacts[]>();
    for (const action of actionsFor(caller.candidate)) {
      const facts = actionFacts.get(action);
      if (facts === undefined) continue;
      const group = groups.get(facts.sig);
      if (group === undefined) groups.set(facts.sig, [facts]);
      else group.push(facts);
    }
    for (const group of groups.values()) {
      stats.pairs++;
      found.push(...searchPair(ctx, caller, group));
    }
  }

  const replayed: ReplayedWitness[] = [];
  let mismatches = 0;
  for (const w of found) {
    const base = { callerOrder: w.caller.order, actions: w.actions, count: w.count };
    if (w.evaluated !== undefined && w.requests[0] !== undefined) {
      replayed.push({ ...base, request: w.requests[0], evaluations: w.evaluated });
      continue;
    }
    const hit = w.requests
      .map((request) => ({ request, evaluations: evaluateBoth(request).evaluations }))
      .find((r) => r.evaluations[0].decision !== r.evaluations[1].decision);
    if (hit === undefined) mismatches++;
    else replayed.push({ ...base, ...hit });
  }
  if (mismatches > 0)
    limitations.push({
      code: 'replay-mismatch',
      message: `${mismatches} candidate${mismatches === 1 ? '' : 's'} did not replay as predicted and ${mismatches === 1 ? 'was' : 'were'} dropped.`,
    });
  const all = buildClasses(replayed, sides, [c0.role, c1.role]);
  const max = options.maxChanges ?? DEFAULT_MAX_CHANGES;
  if (all.length > max)
    limitations.push({
      code: 'truncated',
      message: `${all.length} classes of changed requests were found; the first ${max} are listed.`,
    });
  return result(true, versions, problems, all.slice(0, max), limitations, stats);
}

function result(
  ok: boolean,
  versions: readonly [DiffVersion, DiffVersion],
  problems: readonly DiffProblem[],
  changes: PolicyDiff['changes'],
  limitations: readonly DiffLimitation[],
  stats: PolicyDiff['stats'],
): PolicyDiff {
  return {
    ok,
    base: versions[0],
    head: versions[1],
    problems,
    changes,
    summary: {
      added: changes.filter((c) => c.direction === 'added').length,
      removed: changes.filter((c) => c.direction === 'removed').length,
      denyChanged: changes.filter((c) => c.direction === 'deny-changed').length,
    },
    exact: ok && limitations.length === 0,
    limitations,
    stats,
  };
}

/** One caller per behaviour: which principals match it and which caller-key clauses hold. */
function callerClasses(
  candidates: readonly CallerCandidate[],
  clauses: ReturnType<typeof collectFacts>['clauses'],
  evaluateBoth: EvaluateBoth,
): CallerClass[] {
  const out: CallerClass[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, order) => {
    const actions = actionsFor(candidate);
    const { request, evaluations } = evaluateBoth({
      principal: candidate.principal,
      action: actions[0],
      context: candidate.context,
    });
    if (request.findings.some((f) => f.severity === 'error')) return;
    const principalOk = evaluations.map((e) => e.statements.map((s) => s.principal.outcome === 'match')) as [
      boolean[],
      boolean[],
    ];
    const callerClauseOk = new Map<number, boolean>();
    for (const c of clauses)
      if (c.callerKey)
        callerClauseOk.set(
          c.id,
          evaluations[c.side].statements[c.statement]?.conditions[c.index]?.outcome === 'match',
        );
    const sig = `${candidate.type}:${candidate.federated ?? ''}|${principalOk
      .map((p) => p.map((b) => (b ? 1 : 0)).join(''))
      .join('|')}|${[...callerClauseOk.values()].map((b) => (b ? 1 : 0)).join('')}`;
    if (seen.has(sig)) return;
    seen.add(sig);
    out.push({ candidate, order, principalOk, callerClauseOk });
  });
  return out;
}

/** Values a policy variable may take: the caller keys of the candidate callers, and every constant per key. */
function variableSamples(
  candidates: readonly CallerCandidate[],
  clauses: readonly ClauseSource[],
): Map<string, string[]> {
  const samples = new Map<string, string[]>();
  const add = (key: string, value: string): void => {
    const list = samples.get(key);
    if (list === undefined) samples.set(key, [value]);
    else if (!list.includes(value) && list.length < 8) list.push(value);
  };
  for (const c of candidates) {
    if (c.type !== 'AWS') continue;
    const arn = parseArn(Object.values(c.principal)[0] as string);
    if (arn === undefined) continue;
    add('aws:principalaccount', arn.account);
    const user = /^user\/(?:.*\/)?([^/]+)$/.exec(arn.resource)?.[1];
    if (user !== undefined) add('aws:username', user);
  }
  for (const c of clauses) for (const v of c.values) if (!v.includes('${')) add(c.keyLower, v);
  return samples;
}

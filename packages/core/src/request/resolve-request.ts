import { canonicalAction, STS_ACTIONS } from '../action/sts-actions.js';
import { DATE } from '../conditions/request-forms.js';
import { type ContextScalar, formatDate } from '../conditions/typed-values.js';
import type { Finding, Severity } from '../diagnostics/finding.js';
import type { JsonPath } from '../json/json-path.js';
import { type AwsCaller, type Caller, parseCaller } from '../principal/caller.js';
import { ContextEntry, type ValueSource } from './context-entry.js';
import { givenEntry, SESSION_TAGS, SOURCE_IDENTITY, TRUSTED_CONTEXT } from './given-entries.js';

/** A scenario's request as the trust file writes it. */
export interface TrustRequest {
  readonly action?: string;
  readonly principal:
    | { readonly AWS: string }
    | { readonly Service: string }
    | { readonly Federated: string };
  readonly context?: Readonly<Record<string, ContextScalar | readonly ContextScalar[]>>;
}

export interface ResolveOptions {
  /** The clock for requests without aws:CurrentTime: epoch milliseconds or a Date. */
  readonly now?: number | Date;
}

/** A request after validation, derived keys and defaults; reusable across evaluations. */
export interface ResolvedRequest {
  readonly kind: 'resolved-request';
  readonly action: string;
  readonly actionSource: 'given' | 'defaulted';
  /** Undefined when the principal is missing or malformed (see findings). */
  readonly caller: Caller | undefined;
  /** Given keys first (in request order), then derived and defaulted ones. */
  readonly context: readonly ContextEntry[];
  /** Problems with the request; paths are relative to the request object. */
  readonly findings: readonly Finding[];
  /** The clock the request was resolved with (epoch ms). */
  readonly now: number;
  /** Entries by lower-cased key: condition key names are case-insensitive. */
  readonly byKey: ReadonlyMap<string, ContextEntry>;
  /** What the call carries that needs a companion action in the trust policy (session-tags page). */
  readonly carries: {
    readonly sessionTags: boolean;
    readonly sourceIdentity: boolean;
    readonly trustedContext: boolean;
  };
}

/** Current time; the only clock read in the library, used when a caller passes no `now`. */
export function systemNow(): number {
  return Date.now();
}

export function resolveRequest(request: unknown, options: ResolveOptions = {}): ResolvedRequest {
  const now =
    options.now === undefined
      ? systemNow()
      : typeof options.now === 'number'
        ? options.now
        : options.now.getTime();
  const remembered = rememberedRequest(request, now);
  if (remembered !== undefined) return remembered;
  const resolved = resolveUncached(request, now);
  if (resolved.findings.length === 0) remember(request as Record<string, unknown>, now, resolved);
  return resolved;
}

/**
 * Resolved requests without findings, for the current clock, by their interned parts: the
 * caller (parseCaller's result), the action, then each given entry (givenEntry's) in order.
 * Those parts are shared objects, so a request equal to one seen before, key by key, finds its
 * resolved form by identity, without building its context again: the what-if panel evaluates
 * the same scenarios on every keystroke and the CLI runs files of near-identical requests. A
 * resolved request is never modified, so sharing it is safe; a new clock starts afresh.
 */
interface MemoNode {
  resolved: ResolvedRequest | undefined;
  next: Map<unknown, MemoNode> | undefined;
}
let memoNow = Number.NaN;
let memoRoot: MemoNode = { resolved: undefined, next: undefined };
let memoNodes = 0;
const MEMO_LIMIT = 4096;
const NO_ACTION = Symbol('no action');
const NO_CONTEXT = Symbol('no context');

/**
 * The parts of `request` that key the memo, visited in order; false when a part is not interned
 * (a malformed request, which is resolved afresh). A callback, not an array or a generator, so a
 * lookup allocates nothing.
 */
function walkMemoPath(request: unknown, visit: (part: unknown) => boolean): boolean {
  if (!isRecord(request)) return false;
  for (const field in request)
    if (Object.hasOwn(request, field) && field !== 'action' && field !== 'principal' && field !== 'context')
      return false;
  const action = request.action;
  if (action !== undefined && typeof action !== 'string') return false;
  if (request.principal === undefined) return false;
  if (!visit(parseCaller(request.principal)) || !visit(action ?? NO_ACTION)) return false;
  const context = request.context;
  if (context === undefined) return visit(NO_CONTEXT);
  if (!isRecord(context)) return false;
  for (const key in context) {
    if (!Object.hasOwn(context, key)) continue;
    const given = givenEntry(key, context[key]);
    if (given === undefined || !visit(given)) return false;
  }
  return true;
}

let lookupNode: MemoNode | undefined;
const lookupStep = (part: unknown): boolean => {
  lookupNode = lookupNode?.next?.get(part);
  return lookupNode !== undefined;
};

function rememberedRequest(request: unknown, now: number): ResolvedRequest | undefined {
  if (now !== memoNow || memoRoot.next === undefined) return undefined;
  lookupNode = memoRoot;
  const found = walkMemoPath(request, lookupStep) ? lookupNode?.resolved : undefined;
  lookupNode = undefined;
  return found;
}

function remember(request: Record<string, unknown>, now: number, resolved: ResolvedRequest): void {
  if (now !== memoNow || memoNodes > MEMO_LIMIT) {
    memoNow = now;
    memoRoot = { resolved: undefined, next: undefined };
    memoNodes = 0;
  }
  let node = memoRoot;
  const complete = walkMemoPath(request, (part) => {
    node.next ??= new Map();
    let child = node.next.get(part);
    if (child === undefined) {
      child = { resolved: undefined, next: undefined };
      node.next.set(part, child);
      memoNodes++;
    }
    node = child;
    return true;
  });
  if (complete) node.resolved = resolved;
}

/** For tests: forgets every remembered request, as a fresh process would have none. */
export function forgetResolvedRequests(): void {
  memoNow = Number.NaN;
  memoRoot = { resolved: undefined, next: undefined };
  memoNodes = 0;
}

function resolveUncached(request: unknown, now: number): ResolvedRequest {
  const findings: Finding[] = [];
  const input = isRecord(request) ? request : {};
  if (!isRecord(request))
    problem(
      findings,
      'request-invalid',
      'error',
      [],
      'The request must be an object with principal, action and context.',
    );
  for (const field in input) {
    if (Object.hasOwn(input, field) && field !== 'action' && field !== 'principal' && field !== 'context') {
      findings.push({
        code: 'request-unknown-field',
        severity: 'error',
        category: 'request',
        message: `Unknown request field "${field}"; a request has action, principal and context.`,
        path: [field],
        target: 'key',
      });
    }
  }

  let action = 'sts:AssumeRole';
  let actionSource: 'given' | 'defaulted' = 'defaulted';
  if (input.action !== undefined) {
    if (typeof input.action !== 'string') {
      problem(
        findings,
        'request-action-invalid',
        'error',
        ['action'],
        'The action must be a string such as sts:AssumeRole.',
      );
    } else {
      action = input.action;
      actionSource = 'given';
      if (canonicalAction(action) === undefined) {
        problem(
          findings,
          'request-action-invalid',
          'error',
          ['action'],
          `"${action}" is not an STS action a trust policy decides; use one of ${STS_ACTIONS.join(', ')}.`,
        );
      }
    }
  }

  let caller: Caller | undefined;
  if (input.principal === undefined) {
    problem(
      findings,
      'request-principal-invalid',
      'error',
      ['principal'],
      'The request has no principal: say who calls (AWS, Service or Federated).',
    );
  } else {
    const parsed = parseCaller(input.principal);
    if ('caller' in parsed) caller = parsed.caller;
    else
      problem(
        findings,
        'request-principal-invalid',
        'error',
        parsed.key === undefined ? ['principal'] : ['principal', parsed.key],
        parsed.error,
      );
  }
  if (caller !== undefined) checkCallerAction(caller, canonicalAction(action), findings);

  const context: ContextEntry[] = [];
  const byKey = new Map<string, ContextEntry>();
  let carries = 0;
  // Whether a given key is one derived or defaulted below (rare): only then must those look first.
  let derivable = false;
  if (input.context !== undefined && !isRecord(input.context)) {
    problem(
      findings,
      'request-context-invalid',
      'error',
      ['context'],
      'The context must be an object of condition keys to values.',
    );
  } else if (input.context !== undefined) {
    const given_ = input.context;
    for (const key in given_) {
      if (!Object.hasOwn(given_, key)) continue;
      const given = givenEntry(key, given_[key]);
      const lower = given === undefined ? key.toLowerCase() : given.entry.keyLower;
      const previous = byKey.get(lower);
      if (previous !== undefined) {
        problem(
          findings,
          'request-context-duplicate-key',
          'error',
          ['context', key],
          `"${key}" repeats "${previous.key}": condition key names are case-insensitive.`,
        );
        continue;
      }
      if (given === undefined) {
        problem(
          findings,
          'request-context-type',
          'error',
          ['context', key],
          `The value of ${key} must be a string, number, boolean, or an array of them.`,
        );
        continue;
      }
      // A token claim STS does not evaluate is never in AWS's request context; leaving it out
      // keeps the verdict AWS's, and the warning says why the given value does not count.
      if (given.notSent !== undefined) {
        problem(
          findings,
          'request-context-not-sent',
          'warning',
          ['context', key],
          `${given.notSent}, so it is left out of this request, as STS leaves it out.`,
        );
        continue;
      }
      for (const f of given.findings) findings.push(f);
      context.push(given.entry);
      byKey.set(lower, given.entry);
      carries |= given.carries;
      if (given.derivable) derivable = true;
    }
  }
  if (caller?.type === 'AWS') {
    for (const entry of derivedEntries(caller)) {
      if (derivable && byKey.has(entry.keyLower)) continue;
      context.push(entry);
      byKey.set(entry.keyLower, entry);
    }
  }
  addClockEntries(now, context, byKey, derivable);
  return {
    kind: 'resolved-request',
    action,
    actionSource,
    caller,
    context,
    findings,
    now,
    byKey,
    carries: CARRIES[carries] as ResolvedRequest['carries'],
  };
}

function problem(
  findings: Finding[],
  code: string,
  severity: Severity,
  path: JsonPath,
  message: string,
): void {
  findings.push({ code, severity, category: 'request', message, path, target: 'value' });
}

export function isResolvedRequest(value: unknown): value is ResolvedRequest {
  return isRecord(value) && value.kind === 'resolved-request' && value.byKey instanceof Map;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The eight combinations of what a request carries, shared (they never change). */
const CARRIES = Array.from({ length: 8 }, (_, bits) =>
  Object.freeze({
    sessionTags: (bits & SESSION_TAGS) !== 0,
    sourceIdentity: (bits & SOURCE_IDENTITY) !== 0,
    trustedContext: (bits & TRUSTED_CONTEXT) !== 0,
  }),
);

/** Which callers can make which call: Access Analyzer's "mismatched action for principal". */
function checkCallerAction(caller: Caller, action: string | undefined, findings: Finding[]): void {
  const federatedKind = caller.type === 'Federated' ? caller.providerKind : undefined;
  const mismatch =
    (action === 'sts:AssumeRole' && caller.type === 'Federated') ||
    (action === 'sts:AssumeRoleWithSAML' && federatedKind !== 'saml') ||
    (action === 'sts:AssumeRoleWithWebIdentity' &&
      federatedKind !== 'oidc' &&
      federatedKind !== 'web-identity');
  if (!mismatch) return;
  const who =
    action === 'sts:AssumeRoleWithSAML'
      ? 'a SAML provider (Federated: arn:aws:iam::ACCOUNT:saml-provider/NAME)'
      : action === 'sts:AssumeRoleWithWebIdentity'
        ? 'an OIDC provider or web identity provider (Federated)'
        : 'an AWS principal or a service';
  problem(
    findings,
    'request-caller-action-mismatch',
    'warning',
    ['action'],
    `In AWS, ${action} is called by ${who}; this request could not happen as written.`,
  );
}

const derivedCache = new WeakMap<AwsCaller, readonly ContextEntry[]>();

/**
 * Keys AWS puts in the context for an AWS caller (the "principal key values" table of the
 * policy-variables page). Computed once per caller: callers are memoized and entries never change.
 */
function derivedEntries(caller: AwsCaller): readonly ContextEntry[] {
  const cached = derivedCache.get(caller);
  if (cached !== undefined) return cached;
  const fromArn = "from the caller's ARN";
  const derive = (key: string, value: string, basis = fromArn) =>
    new ContextEntry({ key, values: [value], multi: false, source: 'derived', basis });
  const entries = [
    caller.kind === 'assumed-role'
      ? derive(
          'aws:PrincipalArn',
          `arn:${caller.partition}:iam::${caller.account}:role/${caller.name}`,
          "the session's role; a role path is not in the session ARN, so give aws:PrincipalArn if the role has one",
        )
      : derive('aws:PrincipalArn', caller.arn),
    derive('aws:PrincipalAccount', caller.account),
    derive('aws:PrincipalType', PRINCIPAL_TYPES[caller.kind]),
  ];
  if (caller.kind === 'user') entries.push(derive('aws:username', caller.name));
  if (caller.kind === 'root')
    entries.push(derive('aws:userid', caller.account, 'the root user’s aws:userid is its account ID'));
  if (caller.kind === 'federated-user')
    entries.push(derive('aws:userid', `${caller.account}:${caller.name}`));
  derivedCache.set(caller, entries);
  return entries;
}

const PRINCIPAL_TYPES = {
  root: 'Account',
  user: 'User',
  'assumed-role': 'AssumedRole',
  'federated-user': 'FederatedUser',
} as const;

const SECURE_TRANSPORT = new ContextEntry({
  key: 'aws:SecureTransport',
  values: [true],
  multi: false,
  source: 'defaulted',
  basis: 'STS accepts HTTPS only',
});

/**
 * The last time entries built for each basis (the clock, a given aws:CurrentTime, a given
 * aws:EpochTime): evaluating many requests at one time shares them, and the shared entries let
 * compiled clauses on the time keys reuse their traces.
 */
const timeCache = new Map<string, { ms: number; entries: readonly ContextEntry[] }>();

function cachedTimeEntries(ms: number, source: ValueSource, basis: string): readonly ContextEntry[] {
  let cached = timeCache.get(basis);
  if (cached?.ms !== ms) {
    cached = { ms, entries: timeEntries(ms, source, basis) };
    timeCache.set(basis, cached);
  }
  return cached.entries;
}

/**
 * aws:CurrentTime and aws:EpochTime: one given fixes the other; neither given, both come from
 * the clock. A given time that cannot be read leaves the other missing rather than guessing.
 * Then aws:SecureTransport unless given. `given`: whether the request gave any of these keys.
 */
function addClockEntries(
  now: number,
  context: ContextEntry[],
  byKey: Map<string, ContextEntry>,
  given: boolean,
): void {
  const current = given ? byKey.get('aws:currenttime') : undefined;
  const epoch = given ? byKey.get('aws:epochtime') : undefined;
  let time: readonly ContextEntry[] = [];
  if (current !== undefined || epoch !== undefined) {
    const from = (current ?? epoch) as ContextEntry;
    const ms = from.values.length === 1 ? from.read(DATE)[0] : undefined;
    if (ms !== undefined)
      time = cachedTimeEntries(
        ms,
        'derived',
        current !== undefined ? 'from aws:CurrentTime' : 'from aws:EpochTime',
      );
  } else if (isRepresentable(now)) {
    time = cachedTimeEntries(now, 'defaulted', 'the evaluation time');
  }
  for (const entry of time) {
    if (given && byKey.has(entry.keyLower)) continue;
    context.push(entry);
    byKey.set(entry.keyLower, entry);
  }
  if (!given || !byKey.has('aws:securetransport')) {
    context.push(SECURE_TRANSPORT);
    byKey.set(SECURE_TRANSPORT.keyLower, SECURE_TRANSPORT);
  }
}

function timeEntries(ms: number, source: ValueSource, basis: string): ContextEntry[] {
  return [
    new ContextEntry({ key: 'aws:CurrentTime', values: [formatDate(ms)], multi: false, source, basis }),
    new ContextEntry({ key: 'aws:EpochTime', values: [Math.floor(ms / 1000)], multi: false, source, basis }),
  ];
}

/** Within the range of a JavaScript Date (about ±275,000 years). */
function isRepresentable(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

import { canonicalAction, STS_ACTIONS } from '../action/sts-actions.js';
import { parseArn } from '../arn/arn.js';
import { type KeyType, lookupKey } from '../conditions/context-keys.js';
import {
  type ContextScalar,
  formatDate,
  parseBool,
  parseDate,
  parseIpAddress,
  parseNumber,
} from '../conditions/typed-values.js';
import type { Finding, Severity } from '../diagnostics/finding.js';
import type { JsonPath } from '../json/json-path.js';
import { type Caller, parseCaller } from '../principal/caller.js';
import { ContextEntry } from './context-entry.js';

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
}

const REQUEST_FIELDS = new Set(['action', 'principal', 'context']);

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
  const findings: Finding[] = [];
  const problem = (
    code: string,
    severity: Severity,
    path: JsonPath,
    message: string,
    help?: string,
  ): void => {
    findings.push({
      code,
      severity,
      category: 'request',
      message,
      path,
      target: 'value',
      ...(help === undefined ? {} : { help }),
    });
  };
  const input = isRecord(request) ? request : {};
  if (!isRecord(request))
    problem(
      'request-invalid',
      'error',
      [],
      'The request must be an object with principal, action and context.',
    );
  for (const field of Object.keys(input)) {
    if (!REQUEST_FIELDS.has(field)) {
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
        'request-principal-invalid',
        'error',
        parsed.key === undefined ? ['principal'] : ['principal', parsed.key],
        parsed.error,
      );
  }
  if (caller !== undefined) checkCallerAction(caller, canonicalAction(action), problem);

  const context: ContextEntry[] = [];
  const byKey = new Map<string, ContextEntry>();
  const add = (entry: ContextEntry): void => {
    context.push(entry);
    byKey.set(entry.key.toLowerCase(), entry);
  };
  if (input.context !== undefined && !isRecord(input.context)) {
    problem(
      'request-context-invalid',
      'error',
      ['context'],
      'The context must be an object of condition keys to values.',
    );
  } else if (input.context !== undefined) {
    for (const key of Object.keys(input.context)) {
      const path = ['context', key];
      const raw: unknown = input.context[key];
      const lower = key.toLowerCase();
      const previous = byKey.get(lower);
      if (previous !== undefined) {
        problem(
          'request-context-duplicate-key',
          'error',
          path,
          `"${key}" repeats "${previous.key}": condition key names are case-insensitive.`,
        );
        continue;
      }
      const values = toScalars(raw);
      if (values === undefined) {
        problem(
          'request-context-type',
          'error',
          path,
          `The value of ${key} must be a string, number, boolean, or an array of them.`,
        );
        continue;
      }
      checkKnownType(key, values, Array.isArray(raw), path, problem);
      add(new ContextEntry({ key, values, multi: Array.isArray(raw), source: 'given', path }));
    }
  }
  if (caller?.type === 'AWS') deriveFromCaller(caller, byKey, add);
  addClockDefaults(now, byKey, add);
  return { kind: 'resolved-request', action, actionSource, caller, context, findings, now, byKey };
}

export function isResolvedRequest(value: unknown): value is ResolvedRequest {
  return isRecord(value) && value.kind === 'resolved-request' && value.byKey instanceof Map;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toScalars(raw: unknown): ContextScalar[] | undefined {
  const isScalar = (v: unknown): v is ContextScalar =>
    typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
  if (isScalar(raw)) return [raw];
  if (Array.isArray(raw) && raw.every(isScalar)) return [...raw];
  return undefined;
}

const TYPE_CHECKS: Record<KeyType, { valid: (v: ContextScalar) => boolean; expected: string }> = {
  String: { valid: () => true, expected: 'a string' },
  ARN: {
    valid: (v) => typeof v === 'string' && parseArn(v) !== undefined,
    expected: 'an ARN (arn:partition:service:region:account:resource)',
  },
  Date: {
    valid: (v) => parseDate(v) !== undefined,
    expected: 'an ISO 8601 date-time such as 2026-09-01T12:00:00Z, or epoch seconds',
  },
  Numeric: { valid: (v) => parseNumber(v) !== undefined, expected: 'a number' },
  Bool: { valid: (v) => parseBool(v) !== undefined, expected: 'true or false' },
  IP: {
    valid: (v) => parseIpAddress(v) !== undefined,
    expected: 'an IPv4 or IPv6 address such as 203.0.113.7',
  },
};

function checkKnownType(
  key: string,
  values: readonly ContextScalar[],
  isArray: boolean,
  path: JsonPath,
  problem: (code: string, severity: Severity, path: JsonPath, message: string) => void,
): void {
  const known = lookupKey(key);
  if (known === undefined) return;
  const check = TYPE_CHECKS[known.type];
  values.forEach((value, index) => {
    if (!check.valid(value)) {
      problem(
        'request-context-type',
        'error',
        isArray ? [...path, index] : path,
        `${known.name} must be ${check.expected}; got ${JSON.stringify(value)}.`,
      );
    }
  });
  if (isArray && !known.multi && values.length > 1) {
    problem(
      'request-context-multivalued',
      'warning',
      path,
      `${known.name} is single-valued in AWS requests; it was given ${values.length} values.`,
    );
  }
}

type AddProblem = (code: string, severity: Severity, path: JsonPath, message: string, help?: string) => void;

/** Which callers can make which call: Access Analyzer's "mismatched action for principal". */
function checkCallerAction(caller: Caller, action: string | undefined, problem: AddProblem): void {
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
    'request-caller-action-mismatch',
    'warning',
    ['action'],
    `In AWS, ${action} is called by ${who}; this request could not happen as written.`,
  );
}

/** Keys AWS puts in the context for an AWS caller, per the table in the policy-variables page. */
function deriveFromCaller(
  caller: Caller & { type: 'AWS' },
  byKey: Map<string, ContextEntry>,
  add: (e: ContextEntry) => void,
): void {
  const derive = (key: string, value: string, basis: string): void => {
    if (byKey.has(key.toLowerCase())) return;
    add(new ContextEntry({ key, values: [value], multi: false, source: 'derived', basis }));
  };
  const fromArn = "from the caller's ARN";
  const principalArn =
    caller.kind === 'assumed-role'
      ? `arn:${caller.partition}:iam::${caller.account}:role/${caller.name}`
      : caller.arn;
  derive(
    'aws:PrincipalArn',
    principalArn,
    caller.kind === 'assumed-role'
      ? "the session's role; a role path is not in the session ARN, so give aws:PrincipalArn if the role has one"
      : fromArn,
  );
  derive('aws:PrincipalAccount', caller.account, fromArn);
  const type = {
    root: 'Account',
    user: 'User',
    'assumed-role': 'AssumedRole',
    'federated-user': 'FederatedUser',
  }[caller.kind];
  derive('aws:PrincipalType', type, fromArn);
  if (caller.kind === 'user') derive('aws:username', caller.name, fromArn);
  if (caller.kind === 'root')
    derive('aws:userid', caller.account, 'the root user’s aws:userid is its account ID');
  if (caller.kind === 'federated-user') derive('aws:userid', `${caller.account}:${caller.name}`, fromArn);
}

/** aws:CurrentTime and aws:EpochTime follow each other, or the clock; STS is HTTPS only. */
function addClockDefaults(
  now: number,
  byKey: Map<string, ContextEntry>,
  add: (e: ContextEntry) => void,
): void {
  const current = byKey.get('aws:currenttime');
  const epoch = byKey.get('aws:epochtime');
  const given = current ?? epoch;
  const givenMs =
    given?.values.length === 1 && given.values[0] !== undefined ? parseDate(given.values[0])?.ms : undefined;
  const fromGiven = given !== undefined && givenMs !== undefined;
  const source = fromGiven ? 'derived' : 'defaulted';
  const basis = fromGiven ? `from ${given.key}` : 'the evaluation time';
  const ms = givenMs ?? now;
  if (current === undefined) {
    add(new ContextEntry({ key: 'aws:CurrentTime', values: [formatDate(ms)], multi: false, source, basis }));
  }
  if (epoch === undefined) {
    add(
      new ContextEntry({
        key: 'aws:EpochTime',
        values: [Math.floor(ms / 1000)],
        multi: false,
        source,
        basis,
      }),
    );
  }
  if (!byKey.has('aws:securetransport')) {
    add(
      new ContextEntry({
        key: 'aws:SecureTransport',
        values: [true],
        multi: false,
        source: 'defaulted',
        basis: 'STS accepts HTTPS only',
      }),
    );
  }
}

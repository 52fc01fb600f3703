/**
 * Reference evaluator ("oracle") for IAM role trust policies.
 *
 * Written straight from /work/shared/reference/trust-policy-semantics.md (cited below as "§n"),
 * independently of packages/core/src, so that property tests can compare the fast evaluator with it.
 * It is deliberately naive: everything is recomputed on every call, nothing is cached or
 * precompiled, and each rule lives in a small function. Decisions the reference leaves open are
 * listed in ./README.md.
 *
 * Internal; test-only. Never import this from packages/core/src.
 */

export type ReferenceVerdict = 'allow' | 'explicit-deny' | 'implicit-deny';

/** A JSON scalar as it can appear in a request context or a condition value. */
type Scalar = string | number | boolean;
type ContextValue = Scalar | Scalar[];
/** Request context with lower-cased keys: condition key names are case-insensitive (§1.6). */
type Context = Map<string, ContextValue>;

/** A recognised AWS caller (§2.7 rows "Root user", "IAM user", "Role session", "Federated-user session"). */
interface AwsIdentity {
  type: 'root' | 'user' | 'assumed-role' | 'federated-user';
  partition: string;
  account: string;
  /** NAME of a user or federated user; '' otherwise. */
  name: string;
  /** ROLE of an assumed-role session; '' otherwise. */
  role: string;
}

type Caller =
  /** identity is undefined when the ARN is none of the four caller forms: such a caller matches only "*". */
  | { kind: 'AWS'; arn: string; identity: AwsIdentity | undefined }
  | { kind: 'Service'; name: string }
  | { kind: 'Federated'; name: string };

interface ResolvedRequest {
  action: string;
  caller: Caller;
  context: Context;
}

/**
 * The verdict of the trust policy alone for one request (§3.1). `now` (epoch milliseconds) is used
 * when the context has no aws:CurrentTime / aws:EpochTime. Never throws: anything it cannot read
 * gives 'implicit-deny'.
 */
export function referenceEvaluate(
  input: { policy: unknown; role?: string },
  request: unknown,
  now: number,
): ReferenceVerdict {
  try {
    return evaluate(input, request, now);
  } catch {
    // Safety net only: no code path below is meant to throw.
    return 'implicit-deny';
  }
}

function evaluate(input: unknown, rawRequest: unknown, now: number): ReferenceVerdict {
  const request = readRequest(rawRequest, now);
  if (request === undefined) return 'implicit-deny';
  const policy = isObject(input) ? own(input, 'policy') : undefined;
  if (!isObject(policy)) return 'implicit-deny';
  // §1.1 / §4.6: policy variables exist only under Version 2012-10-17; otherwise they are literal text.
  const variablesOn = own(policy, 'Version') === '2012-10-17';

  // §3.1: any applying Deny wins, else any applying Allow allows, else implicit deny.
  let anyAllow = false;
  let anyDeny = false;
  for (const statement of listStatements(own(policy, 'Statement'))) {
    if (!isObject(statement) || !statementApplies(statement, request, variablesOn)) continue;
    if (own(statement, 'Effect') === 'Deny') anyDeny = true;
    else anyAllow = true;
  }
  if (anyDeny) return 'explicit-deny';
  if (anyAllow) return 'allow';
  return 'implicit-deny';
}

// ---------------------------------------------------------------------------------------------
// Small JSON helpers
// ---------------------------------------------------------------------------------------------

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only, so keys such as "constructor" never reach the prototype. */
function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function isScalar(value: unknown): value is Scalar {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** A string, or an array of strings (§1.1 grammar: "a single value may be given without brackets"). */
function readStringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return undefined;
  const items: unknown[] = value;
  return items.every((item): item is string => typeof item === 'string') ? items : undefined;
}

/** A scalar, or an array of scalars. */
function readScalarList(value: unknown): Scalar[] | undefined {
  if (isScalar(value)) return [value];
  if (!Array.isArray(value)) return undefined;
  const items: unknown[] = value;
  return items.every(isScalar) ? items : undefined;
}

/** The text of a value: strings as they are, numbers as their decimal (JSON) text, booleans as true/false. */
function textOf(value: Scalar): string {
  if (typeof value === 'string') return value;
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// The request (trust-file contract) and its context
// ---------------------------------------------------------------------------------------------

/** Reads the request shape of trust-file.schema.json; undefined when it does not fit the schema. */
function readRequest(raw: unknown, now: number): ResolvedRequest | undefined {
  if (!isObject(raw)) return undefined;
  for (const key of Object.keys(raw)) {
    if (key !== 'action' && key !== 'principal' && key !== 'context') return undefined;
  }
  const action = own(raw, 'action');
  if (action !== undefined && typeof action !== 'string') return undefined;
  const caller = readCaller(own(raw, 'principal'));
  const given = readGivenContext(own(raw, 'context'));
  if (caller === undefined || given === undefined) return undefined;
  return {
    // trust-file.md: the action defaults to sts:AssumeRole.
    action: action ?? 'sts:AssumeRole',
    caller,
    context: buildContext(caller, given, now),
  };
}

function readCaller(raw: unknown): Caller | undefined {
  if (!isObject(raw)) return undefined;
  const keys = Object.keys(raw);
  if (keys.length !== 1) return undefined;
  const key = keys[0] ?? '';
  const value = own(raw, key);
  if (typeof value !== 'string') return undefined;
  if (key === 'AWS') return { kind: 'AWS', arn: value, identity: parseAwsCaller(value) };
  if (key === 'Service') return { kind: 'Service', name: value };
  if (key === 'Federated') return { kind: 'Federated', name: value };
  return undefined;
}

function isAccountId(text: string): boolean {
  return /^[0-9]{12}$/.test(text);
}

/**
 * The four AWS caller forms: arn:P:iam::A:root, arn:P:iam::A:user/PATH/NAME,
 * arn:P:sts::A:assumed-role/ROLE/SESSION, arn:P:sts::A:federated-user/NAME (§2.2, §2.7).
 */
function parseAwsCaller(arn: string): AwsIdentity | undefined {
  const parts = arn.split(':');
  if (parts.length !== 6) return undefined;
  const [prefix = '', partition = '', service = '', region = '', account = '', resource = ''] = parts;
  if (prefix !== 'arn' || partition === '' || region !== '' || !isAccountId(account)) return undefined;
  const segments = resource.split('/');
  if (segments.some((segment) => segment === '')) return undefined;
  const kind = segments[0];
  const last = segments[segments.length - 1] ?? '';
  const base = { partition, account, name: '', role: '' };
  if (service === 'iam' && resource === 'root') return { ...base, type: 'root' };
  if (service === 'iam' && kind === 'user' && segments.length >= 2)
    return { ...base, type: 'user', name: last };
  if (service === 'sts' && kind === 'assumed-role' && segments.length === 3) {
    return { ...base, type: 'assumed-role', role: segments[1] ?? '' };
  }
  if (service === 'sts' && kind === 'federated-user' && segments.length === 2) {
    return { ...base, type: 'federated-user', name: last };
  }
  return undefined;
}

/** Context values are scalars or arrays of scalars (trust-file schema); keys are lower-cased (§1.6). */
function readGivenContext(raw: unknown): Context | undefined {
  const context: Context = new Map();
  if (raw === undefined) return context;
  if (!isObject(raw)) return undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (isScalar(value)) {
      context.set(key.toLowerCase(), value);
    } else if (Array.isArray(value)) {
      const items = readScalarList(value);
      if (items === undefined) return undefined;
      context.set(key.toLowerCase(), items);
    } else {
      return undefined;
    }
  }
  return context;
}

/** Adds the keys that follow from the caller and the clock when the request does not give them (§2.7, §5.1). */
function buildContext(caller: Caller, given: Context, now: number): Context {
  const context: Context = new Map(given);
  const setIfAbsent = (key: string, value: ContextValue): void => {
    if (!given.has(key)) context.set(key, value);
  };

  // §2.7: principal keys only for AWS callers whose ARN is understood.
  if (caller.kind === 'AWS' && caller.identity !== undefined) {
    const id = caller.identity;
    setIfAbsent('aws:principalarn', principalArnOf(caller.arn, id));
    setIfAbsent('aws:principalaccount', id.account);
    setIfAbsent('aws:principaltype', principalTypeOf(id));
    if (id.type === 'user') setIfAbsent('aws:username', id.name);
    if (id.type === 'root') setIfAbsent('aws:userid', id.account);
    if (id.type === 'federated-user') setIfAbsent('aws:userid', `${id.account}:${id.name}`);
  }

  // §5.1: aws:CurrentTime and aws:EpochTime are always present; each follows from the other.
  const hasCurrentTime = given.has('aws:currenttime');
  const hasEpochTime = given.has('aws:epochtime');
  if (!hasCurrentTime && !hasEpochTime) {
    const iso = isoStringOf(now);
    if (iso !== undefined) {
      context.set('aws:currenttime', iso);
      context.set('aws:epochtime', Math.floor(now / 1000));
    }
  } else if (hasCurrentTime && !hasEpochTime) {
    const ms = requestDateMs(singleValue(given.get('aws:currenttime')));
    if (ms !== undefined) context.set('aws:epochtime', Math.floor(ms / 1000));
  } else if (!hasCurrentTime && hasEpochTime) {
    const ms = requestDateMs(singleValue(given.get('aws:epochtime')));
    const iso = ms === undefined ? undefined : isoStringOf(ms);
    if (iso !== undefined) context.set('aws:currenttime', iso);
  }

  // §5.1: STS endpoints are HTTPS.
  setIfAbsent('aws:securetransport', true);
  return context;
}

/** §2.7 / §5.1: a role session's aws:PrincipalArn is its role ARN (the path is not derivable: none). */
function principalArnOf(arn: string, id: AwsIdentity): string {
  if (id.type === 'assumed-role') return `arn:${id.partition}:iam::${id.account}:role/${id.role}`;
  return arn;
}

function principalTypeOf(id: AwsIdentity): string {
  switch (id.type) {
    case 'root':
      return 'Account';
    case 'user':
      return 'User';
    case 'assumed-role':
      return 'AssumedRole';
    case 'federated-user':
      return 'FederatedUser';
  }
}

/** ISO 8601 in UTC without zero milliseconds (team decision: `…T10:00:00Z`), or undefined outside the Date range. */
function isoStringOf(ms: number): string | undefined {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A scalar, or a one-element array's element; undefined for missing or multi-valued. */
function singleValue(value: ContextValue | undefined): Scalar | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return value;
  return value.length === 1 ? value[0] : undefined;
}

/** The request values of a key, or undefined when missing. An empty array counts as missing (§4.5). */
function requestValuesOf(context: Context, key: string): Scalar[] | undefined {
  const value = context.get(key.toLowerCase());
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value];
  return values.length === 0 ? undefined : values;
}

// ---------------------------------------------------------------------------------------------
// Statements (§1.2, §3.1)
// ---------------------------------------------------------------------------------------------

/** §1.1: Statement is one object or an array of them. */
function listStatements(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (isObject(raw)) return [raw];
  return [];
}

/** §3.1: a statement applies when its effect is valid and principal, action and every condition match. */
function statementApplies(
  statement: Record<string, unknown>,
  request: ResolvedRequest,
  variablesOn: boolean,
): boolean {
  const effect = own(statement, 'Effect');
  // §1.2: Effect is exactly "Allow" or "Deny" (case-sensitive).
  if (effect !== 'Allow' && effect !== 'Deny') return false;
  return (
    principalPartMatches(statement, request.caller, request.context) &&
    actionPartMatches(statement, request.action) &&
    conditionsHold(statement, request.context, variablesOn)
  );
}

// ---------------------------------------------------------------------------------------------
// Principal (§1.3, §2.2, §2.4, §3.2)
// ---------------------------------------------------------------------------------------------

type PrincipalKey = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

interface PrincipalEntry {
  key: PrincipalKey;
  value: string;
}

/** Exactly one of Principal / NotPrincipal; NotPrincipal matches when no listed principal does (§3.2). */
function principalPartMatches(statement: Record<string, unknown>, caller: Caller, context: Context): boolean {
  const hasPrincipal = Object.hasOwn(statement, 'Principal');
  const hasNotPrincipal = Object.hasOwn(statement, 'NotPrincipal');
  if (hasPrincipal === hasNotPrincipal) return false;
  const entries = readPrincipalEntries(own(statement, hasPrincipal ? 'Principal' : 'NotPrincipal'));
  if (entries === undefined) return false;
  const matched = entries.some((entry) => principalEntryMatches(entry, caller, context));
  return hasPrincipal ? matched : !matched;
}

/** "*" is {"AWS":"*"} (§1.3); otherwise an object of the four keys, each a string or string array. */
function readPrincipalEntries(raw: unknown): PrincipalEntry[] | undefined {
  if (raw === '*') return [{ key: 'AWS', value: '*' }];
  if (!isObject(raw)) return undefined;
  const entries: PrincipalEntry[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'AWS' && key !== 'Service' && key !== 'Federated' && key !== 'CanonicalUser')
      return undefined;
    const values = readStringList(value);
    if (values === undefined) return undefined;
    for (const item of values) entries.push({ key, value: item });
  }
  return entries;
}

function principalEntryMatches(entry: PrincipalEntry, caller: Caller, context: Context): boolean {
  switch (entry.key) {
    case 'AWS':
      return caller.kind === 'AWS' && awsValueMatches(entry.value, caller.arn, caller.identity, context);
    case 'Service':
      // §2.5: a service principal matches only itself.
      return caller.kind === 'Service' && entry.value === caller.name;
    case 'Federated':
      return caller.kind === 'Federated' && entry.value === caller.name;
    case 'CanonicalUser':
      // §1.3: meaningless in a trust policy.
      return false;
  }
}

/** §2.2 matching table, values compared case-sensitively, never across partitions. */
function awsValueMatches(value: string, arn: string, id: AwsIdentity | undefined, context: Context): boolean {
  if (value === '*') return true;
  if (id === undefined) return false;
  // Account id: the whole account, partition "aws".
  if (isAccountId(value)) return id.partition === 'aws' && id.account === value;
  // User ARN, assumed-role session ARN, federated-user ARN (and the root ARN of a root caller): exact.
  if (value === arn) return true;
  const root = parseRootArn(value);
  if (root !== undefined) return root.partition === id.partition && root.account === id.account;
  const role = parseRoleArn(value);
  if (role !== undefined) {
    // Session ARNs carry no path: match partition + account + role name.
    return (
      id.type === 'assumed-role' &&
      role.partition === id.partition &&
      role.account === id.account &&
      role.name === id.role
    );
  }
  if (isUniqueId(value)) return uniqueIdMatches(value, id, context);
  return false;
}

/** arn:P:iam::A:root */
function parseRootArn(value: string): { partition: string; account: string } | undefined {
  const parts = value.split(':');
  if (parts.length !== 6) return undefined;
  const [prefix, partition = '', service, region, account = '', resource] = parts;
  if (prefix !== 'arn' || partition === '' || service !== 'iam' || region !== '' || resource !== 'root') {
    return undefined;
  }
  return { partition, account };
}

/** arn:P:iam::A:role/PATH/NAME, NAME being the last path segment. */
function parseRoleArn(value: string): { partition: string; account: string; name: string } | undefined {
  const parts = value.split(':');
  if (parts.length !== 6) return undefined;
  const [prefix, partition = '', service, region, account = '', resource = ''] = parts;
  if (prefix !== 'arn' || partition === '' || service !== 'iam' || region !== '') return undefined;
  const segments = resource.split('/');
  if (segments[0] !== 'role' || segments.length < 2 || segments.some((segment) => segment === '')) {
    return undefined;
  }
  return { partition, account, name: segments[segments.length - 1] ?? '' };
}

/** §2.4: 4 uppercase letters, then uppercase letters or digits, 16 characters or more. */
function isUniqueId(value: string): boolean {
  return /^[A-Z]{4}[A-Z0-9]{12,}$/.test(value);
}

/** §2.4 / §2.7: only aws:userid from the context can tie a caller to a unique id. */
function uniqueIdMatches(uniqueId: string, id: AwsIdentity, context: Context): boolean {
  const userid = singleValue(context.get('aws:userid'));
  if (userid === undefined) return false;
  const text = textOf(userid);
  if (id.type === 'user') return text === uniqueId;
  if (id.type === 'assumed-role') return text.startsWith(`${uniqueId}:`);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Action (§1.2, §3.1)
// ---------------------------------------------------------------------------------------------

/** Exactly one of Action / NotAction; case-insensitive globs; NotAction matches when no pattern does. */
function actionPartMatches(statement: Record<string, unknown>, action: string): boolean {
  const hasAction = Object.hasOwn(statement, 'Action');
  const hasNotAction = Object.hasOwn(statement, 'NotAction');
  if (hasAction === hasNotAction) return false;
  const patterns = readStringList(own(statement, hasAction ? 'Action' : 'NotAction'));
  if (patterns === undefined) return false;
  const matched = patterns.some((pattern) =>
    globMatch(globPattern(pattern.toLowerCase()), action.toLowerCase()),
  );
  return hasAction ? matched : !matched;
}

// ---------------------------------------------------------------------------------------------
// Glob patterns: `*` any run (also empty), `?` exactly one character (one UTF-16 code unit,
// like JavaScript and Java strings; team decision, see README)
// ---------------------------------------------------------------------------------------------

/** One character of a pattern; `wild` marks a `*` or `?` that acts as a wildcard. */
interface PatternChar {
  ch: string;
  wild: boolean;
}

/** Every `*` and `?` is a wildcard. */
function globPattern(text: string): PatternChar[] {
  return text.split('').map((ch) => ({ ch, wild: ch === '*' || ch === '?' }));
}

function patternText(pattern: PatternChar[]): string {
  return pattern.map((item) => item.ch).join('');
}

/**
 * Dynamic programming over UTF-16 code units: after consuming k pattern characters,
 * row[j] says whether they match the first j value characters.
 */
function globMatch(pattern: PatternChar[], value: string): boolean {
  const chars = value.split('');
  let row: boolean[] = chars.map(() => false);
  row.unshift(true); // the empty pattern matches only the empty prefix
  for (const item of pattern) {
    const next: boolean[] = [];
    for (let j = 0; j <= chars.length; j++) {
      const previous = row[j] === true;
      const diagonal = j > 0 && row[j - 1] === true;
      if (item.wild && item.ch === '*') {
        next.push(previous || (j > 0 && next[j - 1] === true));
      } else if (item.wild && item.ch === '?') {
        next.push(diagonal);
      } else {
        next.push(diagonal && chars[j - 1] === item.ch);
      }
    }
    row = next;
  }
  return row[chars.length] === true;
}

// ---------------------------------------------------------------------------------------------
// Policy variables (§4.6)
// ---------------------------------------------------------------------------------------------

/**
 * A policy value as a pattern. With variables on, `${key}` and `${key, 'default'}` are replaced by
 * literal text and `${*}` `${?}` `${$}` by literal characters. Returns undefined when a variable has
 * no value (key missing without default, or multivalued): that policy value then matches nothing.
 */
function expandPolicyValue(value: Scalar, context: Context, variablesOn: boolean): PatternChar[] | undefined {
  const chars = textOf(value).split('');
  if (!variablesOn) return globPattern(textOf(value));
  const out: PatternChar[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    const close = ch === '$' && chars[i + 1] === '{' ? chars.indexOf('}', i + 2) : -1;
    if (close !== -1) {
      const resolved = resolveVariable(chars.slice(i + 2, close).join(''), context);
      if (resolved === undefined) return undefined;
      for (const literal of resolved.split('')) out.push({ ch: literal, wild: false });
      i = close + 1;
    } else {
      out.push({ ch, wild: ch === '*' || ch === '?' });
      i += 1;
    }
  }
  return out;
}

/** The text for the inside of one `${...}`, or undefined when it has no value. */
function resolveVariable(inner: string, context: Context): string | undefined {
  if (inner === '*' || inner === '?' || inner === '$') return inner;
  const withDefault = /^([^,]*?) *, *'([^']*)'$/.exec(inner);
  const key = withDefault === null ? inner : (withDefault[1] ?? '');
  const fallback = withDefault === null ? undefined : (withDefault[2] ?? '');
  const value = context.get(key.toLowerCase());
  const missing = value === undefined || (Array.isArray(value) && value.length === 0);
  if (missing) return fallback;
  if (Array.isArray(value)) return undefined; // §4.6: multivalued keys cannot be variables
  return textOf(value);
}

// ---------------------------------------------------------------------------------------------
// Conditions (§1.4, §4)
// ---------------------------------------------------------------------------------------------

type PositiveOperator =
  | 'stringequals'
  | 'stringequalsignorecase'
  | 'stringlike'
  | 'numericequals'
  | 'numericlessthan'
  | 'numericlessthanequals'
  | 'numericgreaterthan'
  | 'numericgreaterthanequals'
  | 'dateequals'
  | 'datelessthan'
  | 'datelessthanequals'
  | 'dategreaterthan'
  | 'dategreaterthanequals'
  | 'bool'
  | 'binaryequals'
  | 'ipaddress'
  | 'arnequals'
  | 'arnlike';

const POSITIVE_OPERATORS: readonly PositiveOperator[] = [
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'numericequals',
  'numericlessthan',
  'numericlessthanequals',
  'numericgreaterthan',
  'numericgreaterthanequals',
  'dateequals',
  'datelessthan',
  'datelessthanequals',
  'dategreaterthan',
  'dategreaterthanequals',
  'bool',
  'binaryequals',
  'ipaddress',
  'arnequals',
  'arnlike',
];

/** §4.1: each negated operator is `not (its positive operator with the same values)`. */
const NEGATED_OPERATORS: ReadonlyMap<string, PositiveOperator> = new Map<string, PositiveOperator>([
  ['stringnotequals', 'stringequals'],
  ['stringnotequalsignorecase', 'stringequalsignorecase'],
  ['stringnotlike', 'stringlike'],
  ['numericnotequals', 'numericequals'],
  ['datenotequals', 'dateequals'],
  ['notipaddress', 'ipaddress'],
  ['arnnotequals', 'arnequals'],
  ['arnnotlike', 'arnlike'],
]);

type Qualifier = 'ForAnyValue' | 'ForAllValues' | undefined;

type Operator =
  | { base: 'null'; qualifier: Qualifier }
  | {
      base: 'compare';
      qualifier: Qualifier;
      ifExists: boolean;
      positive: PositiveOperator;
      negated: boolean;
    };

/** `[ForAnyValue:|ForAllValues:]<base>[IfExists]`, case-insensitive; undefined when unknown. */
function parseOperator(name: string): Operator | undefined {
  let rest = name.toLowerCase();
  let qualifier: Qualifier;
  if (rest.startsWith('foranyvalue:')) {
    qualifier = 'ForAnyValue';
    rest = rest.slice('foranyvalue:'.length);
  } else if (rest.startsWith('forallvalues:')) {
    qualifier = 'ForAllValues';
    rest = rest.slice('forallvalues:'.length);
  }
  let ifExists = false;
  if (rest.endsWith('ifexists')) {
    ifExists = true;
    rest = rest.slice(0, -'ifexists'.length);
  }
  // §1.4: Null cannot take IfExists, so NullIfExists is an unknown operator.
  if (rest === 'null') return ifExists ? undefined : { base: 'null', qualifier };
  const positive = POSITIVE_OPERATORS.find((operator) => operator === rest);
  if (positive !== undefined) return { base: 'compare', qualifier, ifExists, positive, negated: false };
  const negatedOf = NEGATED_OPERATORS.get(rest);
  if (negatedOf !== undefined)
    return { base: 'compare', qualifier, ifExists, positive: negatedOf, negated: true };
  return undefined;
}

/** §4.1: operators AND, keys AND. No Condition element imposes nothing. */
function conditionsHold(statement: Record<string, unknown>, context: Context, variablesOn: boolean): boolean {
  if (!Object.hasOwn(statement, 'Condition')) return true;
  const condition = own(statement, 'Condition');
  if (!isObject(condition)) return false;
  for (const [operatorName, block] of Object.entries(condition)) {
    const operator = parseOperator(operatorName);
    if (operator === undefined || !isObject(block)) return false;
    for (const [key, rawValues] of Object.entries(block)) {
      const policyValues = readScalarList(rawValues);
      if (policyValues === undefined) return false;
      if (!keyConditionHolds(operator, key, policyValues, context, variablesOn)) return false;
    }
  }
  return true;
}

/** One key under one operator: missing keys (§4.2), set qualifiers (§4.5), plain operators. */
function keyConditionHolds(
  operator: Operator,
  key: string,
  policyValues: Scalar[],
  context: Context,
  variablesOn: boolean,
): boolean {
  const requestValues = requestValuesOf(context, key);
  if (operator.base === 'null')
    return nullHolds(operator.qualifier, policyValues, requestValues !== undefined);

  if (requestValues === undefined) {
    if (operator.ifExists) return true;
    if (operator.qualifier === 'ForAnyValue') return false;
    if (operator.qualifier === 'ForAllValues') return true;
    return operator.negated;
  }

  const holdsFor = (requestValue: Scalar): boolean => {
    const anyMatch = policyValues.some((policyValue) =>
      valueMatches(operator.positive, policyValue, requestValue, context, variablesOn),
    );
    return operator.negated ? !anyMatch : anyMatch;
  };
  if (operator.qualifier === 'ForAnyValue') return requestValues.some(holdsFor);
  if (operator.qualifier === 'ForAllValues') return requestValues.every(holdsFor);
  // A plain operator on several request values: positive false, negated true (§4.5, [Unsure]).
  if (requestValues.length > 1) return operator.negated;
  const only = requestValues[0];
  return only !== undefined && holdsFor(only);
}

/** §4.3 Null: "true" = key absent, "false" = key present; with a set qualifier always true / false. */
function nullHolds(qualifier: Qualifier, policyValues: Scalar[], present: boolean): boolean {
  if (qualifier === 'ForAllValues') return true;
  if (qualifier === 'ForAnyValue') return false;
  return policyValues.some((policyValue) => {
    const wanted = boolOf(policyValue);
    if (wanted === undefined) return false;
    return wanted ? !present : present;
  });
}

/** Does one policy value match one request value under a positive operator (§4.3)? */
function valueMatches(
  operator: PositiveOperator,
  policyValue: Scalar,
  requestValue: Scalar,
  context: Context,
  variablesOn: boolean,
): boolean {
  switch (operator) {
    case 'stringequals': {
      const pattern = expandPolicyValue(policyValue, context, variablesOn);
      return pattern !== undefined && patternText(pattern) === textOf(requestValue);
    }
    case 'stringequalsignorecase': {
      const pattern = expandPolicyValue(policyValue, context, variablesOn);
      return (
        pattern !== undefined && patternText(pattern).toLowerCase() === textOf(requestValue).toLowerCase()
      );
    }
    case 'stringlike': {
      const pattern = expandPolicyValue(policyValue, context, variablesOn);
      return pattern !== undefined && globMatch(pattern, textOf(requestValue));
    }
    case 'numericequals':
    case 'numericlessthan':
    case 'numericlessthanequals':
    case 'numericgreaterthan':
    case 'numericgreaterthanequals':
      return compareWith(operator, numberOf(policyValue), numberOf(requestValue));
    case 'dateequals':
    case 'datelessthan':
    case 'datelessthanequals':
    case 'dategreaterthan':
    case 'dategreaterthanequals':
      return compareWith(operator, policyDateMs(policyValue), requestDateMs(requestValue));
    case 'bool': {
      const pattern = expandPolicyValue(policyValue, context, variablesOn);
      const wanted = pattern === undefined ? undefined : boolOf(patternText(pattern));
      const actual = boolOf(requestValue);
      return wanted !== undefined && actual !== undefined && wanted === actual;
    }
    case 'binaryequals': {
      // Text that is not base64 cannot be decoded to bytes, so it never matches (team decision).
      const policyBytes = stripBase64(textOf(policyValue));
      return /^[A-Za-z0-9+/]*$/.test(policyBytes) && policyBytes === stripBase64(textOf(requestValue));
    }
    case 'ipaddress':
      return ipMatches(textOf(policyValue), textOf(requestValue));
    case 'arnequals':
    case 'arnlike':
      return arnMatches(expandPolicyValue(policyValue, context, variablesOn), textOf(requestValue));
  }
}

/** `request <op> policy`, e.g. NumericLessThan holds when the request value is less than the policy value. */
function compareWith(
  operator: PositiveOperator,
  policy: number | undefined,
  request: number | undefined,
): boolean {
  if (policy === undefined || request === undefined) return false;
  switch (operator) {
    case 'numericlessthan':
    case 'datelessthan':
      return request < policy;
    case 'numericlessthanequals':
    case 'datelessthanequals':
      return request <= policy;
    case 'numericgreaterthan':
    case 'dategreaterthan':
      return request > policy;
    case 'numericgreaterthanequals':
    case 'dategreaterthanequals':
      return request >= policy;
    default:
      return request === policy; // NumericEquals, DateEquals
  }
}

/** Numeric values: JSON numbers, or strings of decimal digits with an optional `-` and fraction. */
function numberOf(value: Scalar): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^-?[0-9]+(\.[0-9]+)?$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** Booleans, or "true"/"false" in any case. */
function boolOf(value: Scalar): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return undefined;
}

/** BinaryEquals: compare base64 text without `=` padding and whitespace. */
function stripBase64(text: string): string {
  return text.replace(/[=\s]/g, '');
}

// ---------------------------------------------------------------------------------------------
// Dates (§4.3, W3C NOTE-datetime)
// ---------------------------------------------------------------------------------------------

/** Policy date values are text (a JSON number is read as its decimal text). */
function policyDateMs(value: Scalar): number | undefined {
  if (typeof value === 'boolean') return undefined;
  return parseDateText(textOf(value));
}

/** Request date values: a JSON number is epoch seconds, a string is parsed as text. */
function requestDateMs(value: Scalar | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value * 1000) ? value * 1000 : undefined;
  if (typeof value === 'string') return parseDateText(value);
  return undefined;
}

/** Milliseconds in 400 Gregorian years (146,097 days), used to keep Date.UTC away from years 0-99. */
const FOUR_CENTURIES_MS = 146097 * 86400000;

/**
 * YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[TZD], YYYY-MM-DDThh:mm:ss[.s+][TZD] with TZD `Z` or
 * `±hh:mm` (missing TZD = UTC), or all-digit epoch seconds (but exactly four digits is a year).
 * Fields are range-checked; an impossible date (2026-02-30) is unparseable.
 */
function parseDateText(text: string): number | undefined {
  if (/^[0-9]+$/.test(text) && text.length !== 4) {
    const ms = Number(text) * 1000;
    return Number.isFinite(ms) ? ms : undefined;
  }
  const match =
    /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?$/.exec(
      text,
    );
  if (match === null) return undefined;
  const [, yearText = '', monthText, dayText, hourText, minuteText, secondText, fraction, zone] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? 1 : Number(monthText);
  const day = dayText === undefined ? 1 : Number(dayText);
  const hour = hourText === undefined ? 0 : Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMinutes = zoneOffsetMinutes(zone);
  if (offsetMinutes === undefined) return undefined;
  // Date.UTC maps years 0-99 to 1900-1999; shifting by 400 years (same calendar) avoids that.
  const wallClock = Date.UTC(year + 400, month - 1, day, hour, minute, second) - FOUR_CENTURIES_MS;
  const fractionMs = fraction === undefined ? 0 : Number(`0${fraction}`) * 1000;
  // Local time = UTC + offset, so UTC = local time - offset.
  return wallClock + fractionMs - offsetMinutes * 60000;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1] ?? 0;
}

/** Minutes east of UTC for `Z` / `±hh:mm` / none (UTC); undefined when out of range. */
function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes);
}

// ---------------------------------------------------------------------------------------------
// IP addresses (§4.3)
// ---------------------------------------------------------------------------------------------

interface IpValue {
  bits: 32 | 128;
  value: bigint;
}

/** The policy value is a CIDR or a bare address (/32, /128); the request value a bare address. */
function ipMatches(policyText: string, requestText: string): boolean {
  const range = parseCidr(policyText);
  const address = parseAddress(requestText);
  // IPv4 never matches an IPv6 range and vice versa.
  if (range === undefined || address === undefined || range.address.bits !== address.bits) return false;
  const hostBits = BigInt(address.bits - range.prefix);
  return range.address.value >> hostBits === address.value >> hostBits;
}

function parseCidr(text: string): { address: IpValue; prefix: number } | undefined {
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const address = parseAddress(parts[0] ?? '');
  if (address === undefined) return undefined;
  const prefixText = parts[1];
  if (prefixText === undefined) return { address, prefix: address.bits };
  if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  return prefix <= address.bits ? { address, prefix } : undefined;
}

function parseAddress(text: string): IpValue | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { bits: 128, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { bits: 32, value };
}

/** Dotted decimal, four parts 0-255, no leading zeros. */
function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256n + BigInt(part);
  }
  return value;
}

/** Eight groups of 1-4 hex digits, at most one `::`, optionally a dotted IPv4 tail. No zone ids. */
function parseIpv6(input: string): bigint | undefined {
  let text = input;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIpv4(tail);
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseHexGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseHexGroups(halves[1] ?? '') : [];
  if (head === undefined || rest === undefined) return undefined;
  let groups: bigint[];
  if (halves.length === 1) {
    if (head.length !== 8) return undefined;
    groups = head;
  } else {
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return undefined;
    groups = [...head, ...Array.from({ length: missing }, () => 0n), ...rest];
  }
  return groups.reduce((value, group) => (value << 16n) | group, 0n);
}

function parseHexGroups(text: string): bigint[] | undefined {
  if (text === '') return [];
  const groups: bigint[] = [];
  for (const group of text.split(':')) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    groups.push(BigInt(`0x${group}`));
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// ARNs (§4.3)
// ---------------------------------------------------------------------------------------------

/**
 * ArnEquals / ArnLike: split both on the first five colons into six parts; the request value must
 * have six parts and start with `arn`; each part is a separate case-sensitive glob.
 */
function arnMatches(pattern: PatternChar[] | undefined, value: string): boolean {
  if (pattern === undefined) return false;
  const patternParts = splitOnFirstFiveColons(pattern, (item) => item.ch === ':');
  const valueParts = splitOnFirstFiveColons(Array.from(value), (ch) => ch === ':');
  if (patternParts === undefined || valueParts === undefined) return false;
  if (valueParts[0]?.join('') !== 'arn') return false;
  return patternParts.every((part, index) => globMatch(part, (valueParts[index] ?? []).join('')));
}

/** Six parts (the last keeps any further colons), or undefined with fewer than five colons. */
function splitOnFirstFiveColons<T>(items: T[], isColon: (item: T) => boolean): T[][] | undefined {
  const parts: T[][] = [[]];
  for (const item of items) {
    if (parts.length < 6 && isColon(item)) parts.push([]);
    else parts[parts.length - 1]?.push(item);
  }
  return parts.length === 6 ? parts : undefined;
}

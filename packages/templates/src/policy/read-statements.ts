/**
 * A lenient reader for trust policies written by wizards or edited by hand. It keeps enough
 * structure to compare statements and read values back; anything it cannot read becomes a
 * `problem` sentence instead of an exception, because recognizing must never throw.
 */

export interface ShapeCondition {
  readonly operator: string;
  readonly key: string;
  readonly values: readonly string[];
}

export interface ShapeStatement {
  readonly index: number;
  readonly sid: string | undefined;
  readonly effect: string | undefined;
  /** Principal type → values; `'*'` for the bare string form; undefined when missing. */
  readonly principal: ReadonlyMap<string, readonly string[]> | '*' | undefined;
  readonly actions: readonly string[];
  readonly conditions: readonly ShapeCondition[];
  /** Elements other than Sid, Effect, Principal, Action and Condition (Resource, NotAction...). */
  readonly extraElements: readonly string[];
  /** Why part of the statement could not be read, or undefined. */
  readonly problem: string | undefined;
}

export type ReadPolicyResult =
  | { readonly ok: true; readonly statements: readonly ShapeStatement[] }
  | { readonly ok: false; readonly reason: string };

const KNOWN_ELEMENTS = new Set(['Sid', 'Effect', 'Principal', 'Action', 'Condition']);
const TOP_LEVEL = new Set(['Version', 'Statement']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON string, number or boolean as IAM compares it; undefined for anything else. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

/** A single value or an array of values (IAM's "one or many" form). */
function readValues(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const text = scalarText(item);
    if (text === undefined) return undefined;
    out.push(text);
  }
  return out;
}

/** Reads a policy given as an object or JSON text. */
export function readPolicy(policy: unknown): ReadPolicyResult {
  let root = policy;
  if (typeof policy === 'string') {
    try {
      root = JSON.parse(policy);
    } catch {
      return { ok: false, reason: 'The policy is not valid JSON.' };
    }
  }
  if (!isRecord(root)) return { ok: false, reason: 'The policy is not a JSON object.' };
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL.has(key))
      return { ok: false, reason: `The policy has a top-level "${key}" element, which no wizard writes.` };
  }
  if (root.Version !== '2012-10-17')
    return {
      ok: false,
      reason: 'The wizards write "Version": "2012-10-17"; this policy has another version.',
    };
  const raw = root.Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  if (list.length === 0) return { ok: false, reason: 'The policy has no statements.' };
  return { ok: true, statements: list.map((s, i) => readStatement(s, i)) };
}

export function readStatement(raw: unknown, index: number): ShapeStatement {
  const empty = {
    index,
    sid: undefined,
    effect: undefined,
    principal: undefined,
    actions: [],
    conditions: [],
    extraElements: [],
  };
  if (!isRecord(raw)) return { ...empty, problem: 'it is not a JSON object' };
  const problems: string[] = [];
  const extraElements = Object.keys(raw).filter((k) => !KNOWN_ELEMENTS.has(k));
  const sid = typeof raw.Sid === 'string' ? raw.Sid : undefined;
  const effect = typeof raw.Effect === 'string' ? raw.Effect : undefined;

  let principal: ShapeStatement['principal'];
  if (raw.Principal === '*') principal = '*';
  else if (isRecord(raw.Principal)) {
    const map = new Map<string, readonly string[]>();
    for (const [type, value] of Object.entries(raw.Principal)) {
      const values = readValues(value);
      if (values === undefined) problems.push(`its Principal ${type} is not a string or a list of strings`);
      else map.set(type, values);
    }
    principal = map;
  } else if (raw.Principal !== undefined) problems.push('its Principal is not an object');

  let actions: string[] = [];
  if (raw.Action !== undefined) {
    const values = readValues(raw.Action);
    if (values === undefined) problems.push('its Action is not a string or a list of strings');
    else actions = values;
  }

  const conditions: ShapeCondition[] = [];
  if (raw.Condition !== undefined) {
    if (!isRecord(raw.Condition)) problems.push('its Condition is not an object');
    else {
      for (const [operator, block] of Object.entries(raw.Condition)) {
        if (!isRecord(block)) {
          problems.push(`its condition operator ${operator} does not hold an object of keys`);
          continue;
        }
        for (const [key, value] of Object.entries(block)) {
          const values = readValues(value);
          if (values === undefined) problems.push(`the values of ${operator} ${key} are not strings`);
          else conditions.push({ operator, key, values });
        }
      }
    }
  }
  return {
    index,
    sid,
    effect,
    principal,
    actions,
    conditions,
    extraElements,
    problem: problems.length === 0 ? undefined : problems.join('; '),
  };
}

/** Values of one condition (operator exact, key case-insensitive as in IAM); undefined if absent. */
export function conditionValues(
  statement: ShapeStatement,
  operator: string,
  key: string,
): readonly string[] | undefined {
  const lower = key.toLowerCase();
  return statement.conditions.find((c) => c.operator === operator && c.key.toLowerCase() === lower)?.values;
}

/** The conditions whose key starts with `prefix` (case-insensitive). */
export function conditionsWithKeyPrefix(
  statement: ShapeStatement,
  prefix: string,
): readonly ShapeCondition[] {
  const lower = prefix.toLowerCase();
  return statement.conditions.filter((c) => c.key.toLowerCase().startsWith(lower));
}

/** Values of one principal type, or an empty list. */
export function principalValues(statement: ShapeStatement, type: string): readonly string[] {
  return statement.principal === '*' || statement.principal === undefined
    ? []
    : (statement.principal.get(type) ?? []);
}

/** The principal types present (AWS, Service, Federated...). */
export function principalTypes(statement: ShapeStatement): readonly string[] {
  return statement.principal === '*' || statement.principal === undefined
    ? []
    : [...statement.principal.keys()];
}

/** Action names compare case-insensitively in IAM. */
export function hasAction(statement: ShapeStatement, action: string): boolean {
  const lower = action.toLowerCase();
  return statement.actions.some((a) => a.toLowerCase() === lower);
}

/** "Statement 2 ("TrustAuditor")" for messages. */
export function statementName(statement: Pick<ShapeStatement, 'index' | 'sid'>): string {
  return statement.sid === undefined || statement.sid === ''
    ? `Statement ${statement.index + 1}`
    : `Statement ${statement.index + 1} ("${statement.sid}")`;
}

import type { Decision } from '@trustwright/core';
import { formatCount } from './errors.js';
import { SHARE_LIMITS } from './limits.js';

/** How the app opens a link: the normal editor, or the read-only reviewer view. */
export type ShareView = 'edit' | 'review';

/** A scenario in the trust-file contract's shape (`scenarios[]` of `*.trust.json`). */
export interface ShareScenario {
  readonly name: string;
  /**
   * A JSON value: the request exactly as the author had it, even half-written. The link only
   * bounds its size and shape; the app checks its meaning with core, as for any trust file.
   */
  readonly request: unknown;
  readonly expect?: Decision | undefined;
}

/** An accepted finding: the rule, where in the policy (a path such as `Statement[0]`), and why. */
export interface ShareSuppression {
  readonly code: string;
  readonly path?: string;
  readonly reason: string;
}

/**
 * The old version of the policy, for a review link that carries two versions (format v2): the
 * reviewer sees the semantic diff from `base` to the state's own policy.
 */
export interface ShareBase {
  readonly policyText: string;
  readonly role?: string | undefined;
}

/** Everything a share link carries. */
export interface ShareState {
  /** The editor's text, verbatim: formatting, key order, even invalid JSON survive. */
  readonly policyText: string;
  readonly role?: string | undefined;
  readonly scenarios: readonly ShareScenario[];
  /** The selected scenario: its index in `scenarios`, or its name. */
  readonly selected?: number | string | undefined;
  /** Accepted findings with their reasons, as the trust file's `suppressions` holds them. */
  readonly suppressions?: readonly ShareSuppression[] | undefined;
  /**
   * The caller's side of scenarios by scenario name, as the trust file's top-level
   * `callerPolicies` holds them (`{ identity?, scp?, boundary?, expect? }`). Format v2.
   */
  readonly callerPolicies?: Readonly<Record<string, unknown>> | undefined;
  /** The old version, for review (format v2; travels in its own `&base=` parameter). */
  readonly base?: ShareBase | undefined;
  /** Absent means 'edit'. Decoding always fills it in. */
  readonly view?: ShareView | undefined;
}

/** The verdicts of the contract; a test checks this equals core's `DECISIONS`. */
export const SHARE_DECISIONS = [
  'allow',
  'explicit-deny',
  'implicit-deny',
] as const satisfies readonly Decision[];

/**
 * The part of the state inside the main compressed payload (the view is a clear parameter, and
 * the base version a payload of its own beside it).
 */
export type PayloadState = Omit<ShareState, 'view' | 'base'>;

/** The only fields a v1 payload may have, in the order the encoder writes them. */
export const PAYLOAD_FIELDS = ['policyText', 'role', 'scenarios', 'selected', 'suppressions'] as const;
/** v2 adds the caller policies. */
export const PAYLOAD_FIELDS_V2 = [...PAYLOAD_FIELDS, 'callerPolicies'] as const;
const BASE_FIELDS = ['policyText', 'role'] as const;
const SCENARIO_FIELDS = ['name', 'request', 'expect'] as const;
const SUPPRESSION_FIELDS = ['code', 'path', 'reason'] as const;

/** Why a value was refused; thrown inside the validator only and turned into a result at its edge. */
export class Rejection {
  constructor(
    readonly code: 'too-large' | 'invalid-state',
    readonly what: string,
  ) {}
}

type Fields = Readonly<Record<string, unknown>>;

/**
 * Checks a payload against the v1 shape and limits and returns a fresh copy.
 *
 * `fromLink` is true for a decoded link: then unknown fields are refused (a v1 link is a closed
 * format; anything else is a newer format that must bump the version, or tampering, and dropping
 * fields silently would show the reviewer something other than what the author shared). From the
 * app's own state (`fromLink` false) only the known fields are copied, so UI-only fields such as a
 * scenario's local id need no stripping first.
 *
 * The copy is built with own data properties only, so keys like "__proto__" stay plain keys and
 * never reach a prototype, and the result shares no object with its input.
 */
export function readPayload(value: unknown, fromLink: boolean, version: 1 | 2 = 2): PayloadState {
  const root = asFields(value, 'its content');
  if (fromLink)
    refuseUnknown(root, version === 1 ? PAYLOAD_FIELDS : PAYLOAD_FIELDS_V2, 'its content', version);
  const { policyText, role } = readPolicyAndRole(root, '');
  const scenarios = readScenarios(own(root, 'scenarios'), fromLink);
  const selected = readSelected(own(root, 'selected'), scenarios.length);
  const suppressions = readSuppressions(own(root, 'suppressions'), fromLink);
  const callerPolicies = readCallerPolicies(own(root, 'callerPolicies'), scenarios.length);
  return {
    policyText,
    ...(role === undefined ? {} : { role }),
    scenarios,
    ...(selected === undefined ? {} : { selected }),
    ...(suppressions.length === 0 ? {} : { suppressions }),
    ...(callerPolicies === undefined ? {} : { callerPolicies }),
  };
}

/** The policy text and role of a version (`which` is "" or "old "), with their limits. */
function readPolicyAndRole(root: Fields, which: string): { policyText: string; role: string | undefined } {
  const policyText = own(root, 'policyText');
  if (typeof policyText !== 'string')
    throw new Rejection('invalid-state', `the ${which}policy text is missing`);
  if (policyText.length > SHARE_LIMITS.maxPolicyChars)
    throw tooLong(`the ${which}policy text`, policyText.length, SHARE_LIMITS.maxPolicyChars);
  const role = own(root, 'role');
  if (role !== undefined && typeof role !== 'string')
    throw new Rejection('invalid-state', `the ${which}role must be text (a role ARN)`);
  if (role !== undefined && role.length > SHARE_LIMITS.maxRoleChars)
    throw tooLong(`the ${which}role`, role.length, SHARE_LIMITS.maxRoleChars);
  return { policyText, role };
}

/** The old version of a review link: the same rules as the state's own policy text and role. */
export function readBase(value: unknown, fromLink: boolean): ShareBase {
  const root = asFields(value, 'the old version');
  if (fromLink) refuseUnknown(root, BASE_FIELDS, 'the old version', 2);
  const { policyText, role } = readPolicyAndRole(root, 'old ');
  return role === undefined ? { policyText } : { policyText, role };
}

/**
 * `{ "<scenario name>": JSON }`: the envelope is checked (an object of at most one entry per
 * scenario, names within the name limit); the policies inside are JSON values bounded like
 * requests, and their meaning is checked by core, as for a trust file. Absent when empty.
 */
function readCallerPolicies(value: unknown, scenarios: number): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  const fields = asFields(value, 'the caller policies');
  const names = Object.keys(fields);
  if (names.length > Math.max(scenarios, 1) || names.length > SHARE_LIMITS.maxScenarios)
    throw new Rejection(
      'too-large',
      `it has caller policies for ${formatCount(names.length)} scenarios, more than it has scenarios`,
    );
  if (names.length === 0) return undefined;
  const budget = { values: 0 };
  const out: Record<string, unknown> = {};
  for (const name of names) {
    if (name.length > SHARE_LIMITS.maxNameChars)
      throw tooLong('a scenario name in the caller policies', name.length, SHARE_LIMITS.maxNameChars);
    const entry = fields[name];
    if (!isPlainObject(entry))
      throw new Rejection('invalid-state', 'the caller policies of a scenario must be a JSON object');
    // Depth 2 is the callerPolicies object (payload 1); each entry sits below it.
    Object.defineProperty(out, name, {
      value: copyJson(entry, 2, budget, 'the caller policies'),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function readSuppressions(value: unknown, fromLink: boolean): ShareSuppression[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Rejection('invalid-state', 'the accepted findings must be a list');
  if (value.length > SHARE_LIMITS.maxScenarios)
    throw new Rejection(
      'too-large',
      `it has ${formatCount(value.length)} accepted findings; the limit is ${formatCount(SHARE_LIMITS.maxScenarios)}`,
    );
  return value.map((item: unknown, i) => {
    const where = `accepted finding ${i + 1}`;
    const fields = asFields(item, where);
    if (fromLink) refuseUnknown(fields, SUPPRESSION_FIELDS, where);
    const code = own(fields, 'code');
    const path = own(fields, 'path');
    const reason = own(fields, 'reason');
    if (
      typeof code !== 'string' ||
      typeof reason !== 'string' ||
      (path !== undefined && typeof path !== 'string')
    )
      throw new Rejection(
        'invalid-state',
        `${where} must have a rule code, a reason and optionally a path, as text`,
      );
    for (const [name, text] of [
      ['rule code', code],
      ['path', path ?? ''],
      ['reason', reason],
    ] as const)
      if (text.length > SHARE_LIMITS.maxNameChars)
        throw tooLong(`the ${name} of ${where}`, text.length, SHARE_LIMITS.maxNameChars);
    return path === undefined ? { code, reason } : { code, path, reason };
  });
}

function readScenarios(value: unknown, fromLink: boolean): ShareScenario[] {
  if (!Array.isArray(value)) throw new Rejection('invalid-state', 'the list of scenarios is missing');
  if (value.length > SHARE_LIMITS.maxScenarios)
    throw new Rejection(
      'too-large',
      `it has ${formatCount(value.length)} scenarios; the limit is ${formatCount(SHARE_LIMITS.maxScenarios)}`,
    );
  const budget = { values: 0 };
  const out: ShareScenario[] = [];
  for (let i = 0; i < value.length; i++) {
    const where = `scenario ${i + 1}`;
    const scenario = asFields(value[i], where);
    if (fromLink) refuseUnknown(scenario, SCENARIO_FIELDS, where);
    const name = own(scenario, 'name');
    if (typeof name !== 'string') throw new Rejection('invalid-state', `${where} has no name`);
    if (name.length > SHARE_LIMITS.maxNameChars)
      throw tooLong(`the name of ${where}`, name.length, SHARE_LIMITS.maxNameChars);
    const request = own(scenario, 'request');
    if (request === undefined) throw new Rejection('invalid-state', `${where} has no request`);
    // Depth 3 is the scenario object (payload 1, scenario list 2); the request sits below it.
    const requestCopy = copyJson(request, 3, budget, `the request of ${where}`);
    const expect = own(scenario, 'expect');
    if (expect !== undefined && !isDecision(expect))
      throw new Rejection(
        'invalid-state',
        `the expected verdict of ${where} must be "allow", "explicit-deny" or "implicit-deny"`,
      );
    out.push(expect === undefined ? { name, request: requestCopy } : { name, request: requestCopy, expect });
  }
  return out;
}

function readSelected(value: unknown, count: number): number | string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value >= count)
      throw new Rejection(
        'invalid-state',
        count === 0
          ? 'it selects a scenario but has none'
          : `the selected scenario must be a number from 0 to ${count - 1}`,
      );
    return value;
  }
  if (typeof value === 'string') {
    if (value.length > SHARE_LIMITS.maxNameChars)
      throw tooLong('the selected scenario name', value.length, SHARE_LIMITS.maxNameChars);
    return value;
  }
  throw new Rejection('invalid-state', 'the selected scenario must be an index or a name');
}

/**
 * A bounded copy of a JSON value. Only what JSON can carry passes: no undefined array entries,
 * non-finite numbers, functions, dates or class instances (each would not survive JSON and so
 * would not survive the link). Object properties that are undefined are left out, as JSON does.
 */
function copyJson(value: unknown, parentDepth: number, budget: { values: number }, where: string): unknown {
  budget.values++;
  if (budget.values > SHARE_LIMITS.maxRequestValues)
    throw new Rejection(
      'too-large',
      `its requests hold more than ${formatCount(SHARE_LIMITS.maxRequestValues)} values together`,
    );
  switch (typeof value) {
    case 'string':
      if (value.length > SHARE_LIMITS.maxStringChars)
        throw tooLong(`a text in ${where}`, value.length, SHARE_LIMITS.maxStringChars);
      return value;
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value))
        throw new Rejection('invalid-state', `${where} holds a number out of range`);
      // -0 would come back as 0 from JSON anyway; normalising here keeps encode and decode equal.
      return value === 0 ? 0 : value;
    case 'object': {
      if (value === null) return null;
      const depth = parentDepth + 1;
      if (depth > SHARE_LIMITS.maxDepth)
        throw new Rejection(
          'too-large',
          `${where} is nested more than ${SHARE_LIMITS.maxDepth} levels deep (counting from the top of the link)`,
        );
      if (Array.isArray(value)) {
        const items: unknown[] = [];
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (item === undefined) throw notJson(where);
          items.push(copyJson(item, depth, budget, where));
        }
        return items;
      }
      if (!isPlainObject(value)) throw notJson(where);
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (key.length > SHARE_LIMITS.maxStringChars)
          throw tooLong(`a key in ${where}`, key.length, SHARE_LIMITS.maxStringChars);
        const item = value[key];
        if (item === undefined) continue;
        // defineProperty, not assignment: `copy["__proto__"] = x` would replace copy's prototype.
        Object.defineProperty(copy, key, {
          value: copyJson(item, depth, budget, where),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return copy;
    }
    default:
      throw notJson(where);
  }
}

function asFields(value: unknown, where: string): Fields {
  if (!isPlainObject(value)) throw new Rejection('invalid-state', `${where} must be a JSON object`);
  return value;
}

function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own properties only: an inherited (or polluted) `Object.prototype.role` is never read as data. */
function own(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

function refuseUnknown(fields: Fields, known: readonly string[], where: string, version: 1 | 2 = 1): void {
  for (const key of Object.keys(fields)) {
    // The field's name is not quoted: messages never repeat text from a link.
    if (!known.includes(key))
      throw new Rejection('invalid-state', `${where} has a field that format v${version} does not have`);
  }
}

function isDecision(value: unknown): value is Decision {
  return typeof value === 'string' && (SHARE_DECISIONS as readonly string[]).includes(value);
}

function tooLong(what: string, length: number, limit: number): Rejection {
  return new Rejection(
    'too-large',
    `${what} is ${formatCount(length)} characters long; the limit is ${formatCount(limit)}`,
  );
}

function notJson(where: string): Rejection {
  return new Rejection('invalid-state', `${where} holds a value that JSON cannot carry`);
}

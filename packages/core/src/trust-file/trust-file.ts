import { type CallerPolicies, compileCallerPolicies } from '../access/evaluate-access.js';
import { parseRoleArn } from '../arn/arn.js';
import type { Category, Finding, Severity } from '../diagnostics/finding.js';
import type { Decision } from '../evaluate/trace.js';
import { fromValue } from '../json/from-value.js';
import { describeKind, getMember, type JsonNode, toJsonValue } from '../json/json-node.js';
import { type JsonPath, type PathTarget, spanAt } from '../json/json-path.js';
import { parseJson } from '../json/parse-json.js';
import { parseSuppressions, type Suppression } from '../lint/suppressions.js';
import { type PolicySource, policyFromNode } from '../model/read-policy.js';
import { resolveRequest } from '../request/resolve-request.js';

export const DECISIONS: readonly Decision[] = ['allow', 'explicit-deny', 'implicit-deny'];

export interface Scenario {
  readonly name: string;
  /** The request exactly as written (plain JSON). */
  readonly request: unknown;
  readonly expect: Decision | undefined;
  /** `["scenarios", i]`. */
  readonly path: JsonPath;
}

/** A trust file (`*.trust.json`), or a bare policy read as a trust file without scenarios. */
export interface TrustFile {
  /** 'policy' when the document was a bare policy rather than a trust file. */
  readonly kind: 'trust-file' | 'policy';
  readonly role: string | undefined;
  /** The policy with its spans in the document's text. */
  readonly policy: PolicySource;
  /** Path of the policy inside the document: `["policy"]`, or `[]` for a bare policy. */
  readonly policyPath: JsonPath;
  readonly scenarios: readonly Scenario[];
  /** Accepted findings with their reasons (top-level `suppressions`, an extension the schema allows). */
  readonly suppressions: readonly Suppression[];
  /**
   * The caller's side of scenarios, by scenario name (top-level `callerPolicies`, an extension the
   * schema allows: a scenario object itself admits no extra field).
   */
  readonly callerPolicies: ReadonlyMap<string, ScenarioCallerPolicies>;
  readonly root: JsonNode;
  readonly text: string | undefined;
}

/** One scenario's caller policies, and the verdict expected with them (the trust policy and the caller's side). */
export interface ScenarioCallerPolicies extends CallerPolicies {
  readonly expect: Decision | undefined;
  /** `["callerPolicies", name]`. */
  readonly path: JsonPath;
}

export interface TrustFileResult {
  /** Undefined when the document is not JSON or has no usable policy. */
  readonly file: TrustFile | undefined;
  /** Problems in the document (paths from its root); errors make it invalid input. */
  readonly findings: readonly Finding[];
}

const SCENARIO_FIELDS = new Set(['name', 'request', 'expect']);

/**
 * Reads a trust file or a bare policy from text (keeping positions) or from a parsed value,
 * and checks it against the trust-file schema. Never throws.
 */
export function parseTrustFile(input: string | unknown): TrustFileResult {
  const text = typeof input === 'string' ? input : undefined;
  let root: JsonNode;
  if (text !== undefined) {
    const parsed = parseJson(text);
    if (parsed.errors.length > 0 || parsed.root === undefined) {
      return {
        file: undefined,
        findings: parsed.errors.map((e) => ({
          ...finding('json-syntax', 'syntax', [], e.message),
          span: e.span,
        })),
      };
    }
    root = parsed.root;
  } else {
    root = fromValue(input);
  }
  const findings: Finding[] = [];
  const report: Report = (code, category, path, message, target = 'value', severity = 'error') => {
    const span = spanAt(root, path, target);
    findings.push({
      ...finding(code, category, path, message, target, severity),
      ...(span === undefined ? {} : { span }),
    });
  };
  // JSON that is not an object cannot be a trust file, so it is read as a bare policy, one that
  // AWS rejects: its policy carries the `policy-not-object` error (with its place), which lint
  // reports like any other rejected policy and which makes every evaluation an implicit deny.
  if (root.kind !== 'object') return { file: barePolicy(root, text), findings };
  const policyMember = getMember(root, 'policy');
  // A bare policy: the whole document is the policy.
  if (policyMember === undefined) return { file: barePolicy(root, text), findings };
  if (policyMember.value.kind !== 'object') {
    report(
      'trust-file-invalid',
      'syntax',
      ['policy'],
      `"policy" must be the trust policy object, not ${describeKind(policyMember.value)}.`,
    );
    return { file: undefined, findings };
  }
  const roleNode = getMember(root, 'role')?.value;
  let role: string | undefined;
  if (roleNode !== undefined) {
    if (roleNode.kind !== 'string') {
      report('trust-file-invalid', 'syntax', ['role'], '"role" must be a role ARN string.');
    } else {
      role = roleNode.value;
      const parsed = role === '' ? undefined : parseRoleArn(role);
      if (parsed !== undefined && 'error' in parsed)
        report('invalid-role', 'request', ['role'], parsed.error);
    }
  }
  const scenarios = readScenarios(root, report);
  const suppressions = readSuppressions(root, report);
  const callerPolicies = readCallerPolicies(root, new Set(scenarios.map((s) => s.name)), report);
  const policy = policyFromNode(policyMember.value, text);
  return {
    file: {
      kind: 'trust-file',
      role,
      policy,
      policyPath: ['policy'],
      scenarios,
      suppressions,
      callerPolicies,
      root,
      text,
    },
    findings,
  };
}

function barePolicy(root: JsonNode, text: string | undefined): TrustFile {
  return {
    kind: 'policy',
    role: undefined,
    policy: policyFromNode(root, text),
    policyPath: [],
    scenarios: [],
    suppressions: [],
    callerPolicies: new Map(),
    root,
    text,
  };
}

type Report = (
  code: string,
  category: Category,
  path: JsonPath,
  message: string,
  target?: PathTarget,
  severity?: Severity,
) => void;

/** `suppressions: [{ code, path?, reason }]`; a malformed entry is a warning and is skipped. */
function readSuppressions(root: JsonNode & { kind: 'object' }, report: Report): Suppression[] {
  const node = getMember(root, 'suppressions')?.value;
  const { suppressions, findings } = parseSuppressions(node === undefined ? undefined : toJsonValue(node));
  for (const f of findings) report(f.code, f.category, f.path, f.message, f.target, f.severity);
  return suppressions;
}

const CALLER_FIELDS = new Set(['identity', 'scp', 'boundary', 'expect']);

/**
 * `callerPolicies: { "<scenario name>": { identity?, scp?, boundary?, expect? } }`. `identity` and
 * `scp` take a policy or a list of policies, `boundary` one policy. Each policy is checked as
 * the caller-side evaluator reads it: what it does not evaluate is an error here, at its place.
 */
function readCallerPolicies(
  root: JsonNode & { kind: 'object' },
  names: ReadonlySet<string>,
  report: Report,
): Map<string, ScenarioCallerPolicies> {
  const out = new Map<string, ScenarioCallerPolicies>();
  const node = getMember(root, 'callerPolicies')?.value;
  if (node === undefined) return out;
  if (node.kind !== 'object') {
    report(
      'caller-policies-invalid',
      'syntax',
      ['callerPolicies'],
      '"callerPolicies" must be an object of scenario names to caller policies.',
    );
    return out;
  }
  for (const { key: name, value } of node.members) {
    const path: JsonPath = ['callerPolicies', name];
    if (!names.has(name))
      report(
        'caller-policies-unknown-scenario',
        'syntax',
        path,
        `No scenario is named ${JSON.stringify(name)}; these caller policies are not used.`,
        'key',
        'warning',
      );
    if (value.kind !== 'object') {
      report(
        'caller-policies-invalid',
        'syntax',
        path,
        `The caller policies of ${JSON.stringify(name)} must be an object with identity, scp, boundary or expect.`,
      );
      continue;
    }
    for (const { key } of value.members)
      if (!CALLER_FIELDS.has(key))
        report(
          'caller-policies-invalid',
          'syntax',
          [...path, key],
          `Unknown field "${key}"; caller policies have identity, scp, boundary and expect.`,
          'key',
        );
    const lists: { identity?: unknown[]; scp?: unknown[] } = {};
    const arrays = new Map<string, boolean>();
    for (const side of ['identity', 'scp'] as const) {
      const member = getMember(value, side)?.value;
      if (member === undefined) continue;
      if (member.kind === 'object') {
        lists[side] = [toJsonValue(member)];
        arrays.set(side, false);
      } else if (member.kind === 'array' && member.items.every((i) => i.kind === 'object')) {
        lists[side] = member.items.map(toJsonValue);
        arrays.set(side, true);
      } else
        report(
          'caller-policies-invalid',
          'syntax',
          [...path, side],
          `"${side}" must be a policy or a list of policies.`,
        );
    }
    const boundaryNode = getMember(value, 'boundary')?.value;
    let boundary: unknown;
    if (boundaryNode !== undefined) {
      if (boundaryNode.kind === 'object') boundary = toJsonValue(boundaryNode);
      else
        report('caller-policies-invalid', 'syntax', [...path, 'boundary'], '"boundary" must be one policy.');
    }
    const expectNode = getMember(value, 'expect')?.value;
    let expect: Decision | undefined;
    if (expectNode !== undefined) {
      expect = expectNode.kind === 'string' ? DECISIONS.find((d) => d === expectNode.value) : undefined;
      if (expect === undefined)
        report(
          'caller-policies-invalid',
          'syntax',
          [...path, 'expect'],
          '"expect" must be "allow", "explicit-deny" or "implicit-deny".',
        );
    }
    const entry: ScenarioCallerPolicies = {
      ...lists,
      ...(boundary === undefined ? {} : { boundary }),
      expect,
      path,
    };
    for (const f of compileCallerPolicies(entry).findings) {
      // Refusal paths are [side, index, ...]; a side given as one policy has no index.
      const [side, ...rest] = f.path;
      const inner = side === 'boundary' || arrays.get(String(side)) === true ? rest : rest.slice(1);
      report(f.code, f.category, [...path, String(side), ...inner], f.message, f.target, f.severity);
    }
    out.set(name, entry);
  }
  return out;
}

function readScenarios(root: JsonNode & { kind: 'object' }, report: Report): Scenario[] {
  const node = getMember(root, 'scenarios')?.value;
  if (node === undefined) return [];
  if (node.kind !== 'array') {
    report('trust-file-invalid', 'syntax', ['scenarios'], '"scenarios" must be an array.');
    return [];
  }
  const scenarios: Scenario[] = [];
  const names = new Map<string, number>();
  node.items.forEach((item, i) => {
    const path = ['scenarios', i];
    if (item.kind !== 'object') {
      report(
        'scenario-invalid',
        'syntax',
        path,
        `Each scenario is an object with name, request and expect; entry ${i + 1} is ${describeKind(item)}.`,
      );
      return;
    }
    for (const { key } of item.members) {
      if (!SCENARIO_FIELDS.has(key))
        report(
          'scenario-invalid',
          'syntax',
          [...path, key],
          `Unknown scenario field "${key}"; a scenario has name, request and expect.`,
          'key',
        );
    }
    const nameNode = getMember(item, 'name')?.value;
    const name = nameNode?.kind === 'string' ? nameNode.value : '';
    if (name === '')
      report('scenario-invalid', 'syntax', [...path, 'name'], 'Every scenario needs a non-empty "name".');
    else if (names.has(name))
      report(
        'scenario-invalid',
        'syntax',
        [...path, 'name'],
        `Scenario name ${JSON.stringify(name)} is already used by scenario ${(names.get(name) ?? 0) + 1}.`,
      );
    else names.set(name, i);

    const expectNode = getMember(item, 'expect')?.value;
    let expect: Decision | undefined;
    if (expectNode !== undefined) {
      const value = expectNode.kind === 'string' ? DECISIONS.find((d) => d === expectNode.value) : undefined;
      if (value === undefined)
        report(
          'scenario-invalid',
          'syntax',
          [...path, 'expect'],
          `"expect" must be "allow", "explicit-deny" or "implicit-deny".`,
        );
      expect = value;
    }
    const requestNode = getMember(item, 'request')?.value;
    if (requestNode === undefined) {
      report('scenario-invalid', 'syntax', path, `Scenario ${JSON.stringify(name)} has no "request".`);
      return;
    }
    const request = toJsonValue(requestNode);
    for (const f of resolveRequest(request, { now: 0 }).findings) {
      report(f.code, 'request', [...path, 'request', ...f.path], f.message, f.target, f.severity);
    }
    scenarios.push({ name, request, expect, path });
  });
  return scenarios;
}

function finding(
  code: string,
  category: Category,
  path: JsonPath,
  message: string,
  target: PathTarget = 'value',
  severity: Severity = 'error',
): Finding {
  return { code, severity, category, message, path, target };
}

import { compileActionPattern, matchAction } from '../action/match-action.js';
import { type CompiledClause, type ContextLookup, compileClause } from '../conditions/compile-clause.js';
import { familyMatcher } from '../conditions/operator-families.js';
import { parseOperator } from '../conditions/operator-names.js';
import { ARN } from '../conditions/request-forms.js';
import { hasVariables, parseTemplate, resolveTemplate } from '../conditions/variables.js';
import type { Finding } from '../diagnostics/finding.js';
import type { ConditionClauseTrace, Decision, StatementRef } from '../evaluate/trace.js';
import { getMember, isScalar, type JsonNode, scalarText } from '../json/json-node.js';
import type { JsonPath } from '../json/json-path.js';
import { normalizePolicy } from '../model/normalize.js';
import type { Effect } from '../model/policy.js';
import { readPolicy } from '../model/read-policy.js';
import type { GlobPart } from '../text/glob.js';

/**
 * The part of the IAM permissions-policy language Trustwright evaluates for the caller's side
 * of an AssumeRole call (identity-based policies, SCPs, permissions boundaries), on one action
 * and one resource (the role ARN): Effect; Action / NotAction (wildcards, case-insensitive);
 * Resource / NotResource (ARN wildcards per part, `*`, policy variables); Condition, with the
 * trust evaluator's own condition machinery and the same request context. Anything else is
 * refused with a finding rather than guessed: Principal or NotPrincipal (not part of these
 * policies), statements without Resource or NotResource, unknown elements and operators, and
 * malformed values.
 */
export interface PermissionStatementTrace {
  readonly ref: StatementRef;
  readonly effect: Effect | undefined;
  readonly matched: boolean;
  /** The Action (or NotAction) pattern that matched, or undefined. */
  readonly action: {
    readonly outcome: 'match' | 'no-match';
    readonly not: boolean;
    readonly pattern: string | undefined;
  };
  readonly resource: {
    readonly outcome: 'match' | 'no-match';
    readonly not: boolean;
    readonly pattern: string | undefined;
  };
  readonly conditions: readonly ConditionClauseTrace[];
}

export interface PermissionEvaluation {
  readonly decision: Decision;
  readonly decisive: readonly StatementRef[];
  readonly statements: readonly PermissionStatementTrace[];
}

export interface CompiledPermissionPolicy {
  /** Refusals: what this policy uses that is not evaluated (or that AWS would reject). Empty when usable. */
  readonly findings: readonly Finding[];
  /** True when a Resource or NotResource names more than `*`: matching it needs the role ARN. */
  readonly needsRole: boolean;
  evaluate(action: string, resource: string | undefined, context: ContextLookup): PermissionEvaluation;
}

const STATEMENT_ELEMENTS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);
const POLICY_ELEMENTS = new Set(['Version', 'Id', 'Statement']);

interface CompiledStatement {
  readonly ref: StatementRef;
  readonly effect: Effect | undefined;
  readonly usable: boolean;
  readonly actions: { readonly not: boolean; readonly patterns: readonly string[] };
  readonly resources: { readonly not: boolean; readonly patterns: readonly string[] };
  readonly clauses: readonly CompiledClause[];
}

const ARN_LIKE = parseOperator('ArnLike');

function refusal(code: string, path: JsonPath, message: string): Finding {
  return { code, severity: 'error', category: 'validity', message, path, target: 'value' };
}

/** Reads and checks a permissions policy (text or value). Never throws. */
export function compilePermissionPolicy(policy: unknown, kind: string): CompiledPermissionPolicy {
  const source = readPolicy(policy);
  const findings: Finding[] = [...source.findings.map((f) => ({ ...f, code: 'caller-policy-invalid' }))];
  const root = source.root;
  if (root === undefined || root.kind !== 'object')
    return {
      findings:
        findings.length > 0
          ? findings
          : [refusal('caller-policy-invalid', [], `The ${kind} is not a policy object.`)],
      needsRole: false,
      evaluate: unusable,
    };
  for (const m of root.members)
    if (!POLICY_ELEMENTS.has(m.key))
      findings.push(
        refusal(
          'caller-policy-unknown-element',
          [m.key],
          `The ${kind} has "${m.key}", which is not a policy element (Version, Id, Statement).`,
        ),
      );
  const model = normalizePolicy(root);
  if (model.statements.length === 0)
    findings.push(refusal('caller-policy-invalid', ['Statement'], `The ${kind} has no statements.`));
  const statements: CompiledStatement[] = [];
  for (const s of model.statements) {
    const ref: StatementRef = { index: s.index, sid: s.sid, path: s.path };
    const node = s.node;
    if (node.kind !== 'object') {
      findings.push(
        refusal('caller-policy-invalid', s.path, `Statement ${s.index + 1} of the ${kind} is not an object.`),
      );
      continue;
    }
    for (const m of node.members) {
      if (m.key === 'Principal' || m.key === 'NotPrincipal')
        findings.push(
          refusal(
            'caller-policy-principal',
            [...s.path, m.key],
            `Statement ${s.index + 1} of the ${kind} has ${m.key}; identity-based policies, SCPs and permissions boundaries name no principal (AWS rejects it).`,
          ),
        );
      else if (!STATEMENT_ELEMENTS.has(m.key))
        findings.push(
          refusal(
            'caller-policy-unknown-element',
            [...s.path, m.key],
            `Statement ${s.index + 1} of the ${kind} has "${m.key}", which Trustwright does not evaluate.`,
          ),
        );
    }
    if (s.effect === undefined)
      findings.push(
        refusal(
          'caller-policy-invalid',
          [...s.path, 'Effect'],
          `Statement ${s.index + 1} of the ${kind} has no valid Effect ("Allow" or "Deny").`,
        ),
      );
    if (s.malformed !== undefined && !s.malformed.includes('Principal'))
      findings.push(
        refusal(
          'caller-policy-invalid',
          s.path,
          `Statement ${s.index + 1} of the ${kind} cannot be read: ${s.malformed}.`,
        ),
      );
    if (s.action === undefined)
      findings.push(
        refusal(
          'caller-policy-invalid',
          s.path,
          `Statement ${s.index + 1} of the ${kind} has neither Action nor NotAction.`,
        ),
      );
    const resources = readResources(node, s.path, kind, s.index, findings);
    for (const c of s.conditions)
      if (parseOperator(c.operator) === undefined)
        findings.push(
          refusal(
            'caller-policy-unknown-operator',
            c.operatorPath,
            `Statement ${s.index + 1} of the ${kind} uses ${JSON.stringify(c.operator)}, which is not a condition operator.`,
          ),
        );
    statements.push({
      ref,
      effect: s.effect,
      usable: s.effect !== undefined,
      actions: { not: s.action?.not ?? false, patterns: s.action?.patterns.map((p) => p.value) ?? [] },
      resources,
      clauses: s.conditions.map((c) => compileClause(c, model.variablesEnabled)),
    });
  }
  const needsRole = statements.some((s) => s.resources.patterns.some((p) => p !== '*'));
  if (findings.length > 0) return { findings, needsRole, evaluate: unusable };
  const variables = model.variablesEnabled;
  return {
    findings,
    needsRole,
    evaluate: (action, resource, context) =>
      evaluateStatements(statements, action, resource, context, variables),
  };
}

function unusable(): PermissionEvaluation {
  return { decision: 'implicit-deny', decisive: [], statements: [] };
}

function readResources(
  node: JsonNode & { kind: 'object' },
  path: JsonPath,
  kind: string,
  index: number,
  findings: Finding[],
) {
  const resource = getMember(node, 'Resource');
  const notResource = getMember(node, 'NotResource');
  const member = resource ?? notResource;
  if (member === undefined || (resource !== undefined && notResource !== undefined)) {
    findings.push(
      refusal(
        'caller-policy-resource',
        path,
        `Statement ${index + 1} of the ${kind} needs exactly one of Resource and NotResource.`,
      ),
    );
    return { not: false, patterns: [] };
  }
  const value = member.value;
  const patterns: string[] = [];
  if (isScalar(value)) patterns.push(scalarText(value));
  else if (value.kind === 'array' && value.items.every(isScalar))
    for (const item of value.items)
      if (isScalar(item)) patterns.push(scalarText(item));
      else
        findings.push(
          refusal(
            'caller-policy-resource',
            [...path, member.key],
            `The ${member.key} of statement ${index + 1} of the ${kind} is not a string or a list of strings.`,
          ),
        );
  return { not: resource === undefined, patterns };
}

function evaluateStatements(
  statements: readonly CompiledStatement[],
  action: string,
  resource: string | undefined,
  context: ContextLookup,
  variables: boolean,
): PermissionEvaluation {
  const traces: PermissionStatementTrace[] = statements.map((s) => {
    const hitAction = s.actions.patterns.find((p) => matchAction(compileActionPattern(p), action));
    const actionOk = (hitAction !== undefined) !== s.actions.not;
    const hitResource = s.resources.patterns.find((p) => resourceMatches(p, resource, context, variables));
    const resourceOk = (hitResource !== undefined) !== s.resources.not;
    const conditions = s.clauses.map((c) => c.trace(context.get(c.keyLower), context));
    return {
      ref: s.ref,
      effect: s.effect,
      matched: s.usable && actionOk && resourceOk && conditions.every((c) => c.outcome === 'match'),
      action: { outcome: actionOk ? 'match' : 'no-match', not: s.actions.not, pattern: hitAction },
      resource: { outcome: resourceOk ? 'match' : 'no-match', not: s.resources.not, pattern: hitResource },
      conditions,
    };
  });
  const denies = traces.filter((t) => t.matched && t.effect === 'Deny').map((t) => t.ref);
  if (denies.length > 0) return { decision: 'explicit-deny', decisive: denies, statements: traces };
  const allows = traces.filter((t) => t.matched && t.effect === 'Allow').map((t) => t.ref);
  return { decision: allows.length > 0 ? 'allow' : 'implicit-deny', decisive: allows, statements: traces };
}

/**
 * A Resource pattern against the role ARN: `*` alone matches anything; otherwise each of the six
 * ARN parts is matched on its own, with `*` and `?` wildcards and policy variables (as ArnLike).
 * Without a role ARN only `*` can match.
 */
function resourceMatches(
  pattern: string,
  resource: string | undefined,
  context: ContextLookup,
  variables: boolean,
): boolean {
  if (pattern === '*') return true;
  if (resource === undefined || ARN_LIKE === undefined) return false;
  const matcher = familyMatcher(ARN_LIKE.base);
  const template = parseTemplate(pattern, variables, true);
  const parts = hasVariables(template)
    ? resolveTemplate(template, (keyLower) => {
        const entry = context.get(keyLower);
        if (entry === undefined || entry.values.length === 0) return undefined;
        return entry.multi ? null : String(entry.values[0]);
      })
    : (template as GlobPart[]);
  if (parts === undefined) return false;
  const compiled = matcher.compile(parts);
  const value = ARN.parse(resource);
  return compiled !== undefined && value !== undefined && matcher.test(value, compiled);
}

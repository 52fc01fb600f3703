import { canonicalAction } from '../action/sts-actions.js';
import { parseOperator } from '../conditions/operator-names.js';
import type { TextEdit } from '../diagnostics/finding.js';
import { compile } from '../evaluate/compile.js';
import type { Decision, Evaluation, StatementTrace } from '../evaluate/trace.js';
import { type JsonNode, type JsonValue, toJsonValue } from '../json/json-node.js';
import { type JsonPath, nodeAt } from '../json/json-path.js';
import { applyEdits, type EditSource, insertFirstMember, replaceValue } from '../lint/edits.js';
import { type Statement, statementLabel } from '../model/policy.js';
import { addMember, addToList, appendItem, layoutValue, removeItem } from './policy-edits.js';
import type { PolicyChangeKind, PolicyCounterfactual } from './types.js';

export interface PolicySearch {
  readonly src: EditSource;
  readonly statements: readonly Statement[];
  readonly role: string | undefined;
  readonly request: unknown;
  readonly evaluation: Evaluation;
  readonly now: number;
}

interface Proposal {
  readonly change: PolicyChangeKind;
  readonly statement: Statement | undefined;
  readonly edits: readonly (TextEdit | undefined)[];
  readonly text: string;
}

/**
 * Policy changes that flip the verdict. For a default deny: give the nearest Allow statements
 * what they miss (this caller, this action, this value, or drop the failing condition), or add a
 * statement for exactly this call. For an explicit deny: remove the deciding Deny, or keep it and
 * exempt this caller. For an allow: remove the allowing statement, or add a Deny for this call.
 * Each is applied to the text and evaluated; only those that change the verdict are returned.
 */
export function policyChanges(search: PolicySearch, max: number): PolicyCounterfactual[] {
  const proposals: Proposal[] = [];
  const e = search.evaluation;
  const caller = principalOf(e);
  const action = canonicalAction(e.request.action) ?? e.request.action;
  if (e.decision === 'implicit-deny') {
    const ranked = e.statements
      .filter((t) => t.effect === 'Allow' && t.malformed === undefined)
      .map((t) => ({ t, missing: missingParts(t) }))
      .sort((a, b) => a.missing - b.missing);
    for (const { t } of ranked) {
      const p = completeAllow(search, t, caller, action);
      if (p !== undefined) proposals.push(p);
    }
    if (caller !== undefined)
      proposals.push(
        addStatement(
          search,
          { Effect: 'Allow', Principal: { [caller.key]: caller.value }, Action: action },
          `Add a statement that allows ${caller.value} to call ${action}`,
        ),
      );
  } else if (e.decision === 'explicit-deny') {
    for (const ref of e.decisive) {
      const statement = search.statements[ref.index];
      if (statement === undefined) continue;
      proposals.push(removeStatement(search, statement));
      const arn = e.request.byKey.get('aws:principalarn')?.values[0];
      if (caller?.key === 'AWS' && typeof arn === 'string')
        proposals.push(narrowDeny(search, statement, arn));
    }
  } else {
    if (e.decisive.length === 1) {
      const statement = search.statements[e.decisive[0]?.index ?? -1];
      if (statement !== undefined) proposals.push(removeStatement(search, statement));
    }
    if (caller !== undefined)
      proposals.push(
        addStatement(
          search,
          { Effect: 'Deny', Principal: { [caller.key]: caller.value }, Action: action },
          `Add a statement that denies ${caller.value} ${action}`,
        ),
      );
  }

  const out: PolicyCounterfactual[] = [];
  for (const p of proposals) {
    if (out.length >= max) break;
    const edits = p.edits.filter((x): x is TextEdit => x !== undefined);
    if (edits.length === 0 || edits.length !== p.edits.length) continue;
    const policyText = applyEdits(search.src.text, edits);
    const verified = compile({ policy: policyText, role: search.role }).evaluate(search.request, {
      now: search.now,
    }).decision;
    if (!flips(e.decision, verified)) continue;
    out.push({
      kind: 'policy',
      change: p.change,
      statement:
        p.statement === undefined
          ? undefined
          : { index: p.statement.index, sid: p.statement.sid, path: p.statement.path },
      edits,
      policyText,
      verified,
      text: `${p.text}: ${VERDICT_WORDS[verified]}.`,
      changesAccess: true,
    });
  }
  return out;
}

const VERDICT_WORDS: Record<Decision, string> = {
  allow: 'then the request is allowed',
  'explicit-deny': 'then the request is denied explicitly',
  'implicit-deny': 'then no statement allows the request (an implicit deny)',
};

function flips(current: Decision, verified: Decision): boolean {
  if (current === 'implicit-deny') return verified === 'allow';
  return verified !== current;
}

function missingParts(t: StatementTrace): number {
  return (
    (t.principal.outcome === 'match' ? 0 : 1) +
    (t.action.outcome === 'match' ? 0 : 1) +
    t.conditions.filter((c) => c.outcome !== 'match').length
  );
}

/** The Principal value naming this caller: the user, the role of a session, the service or the provider. */
function principalOf(e: Evaluation): { key: 'AWS' | 'Service' | 'Federated'; value: string } | undefined {
  const caller = e.request.caller;
  if (caller === undefined) return undefined;
  if (caller.type === 'Service') return { key: 'Service', value: caller.service };
  if (caller.type === 'Federated') return { key: 'Federated', value: caller.provider };
  if (caller.kind === 'assumed-role') {
    const given = e.request.byKey.get('aws:principalarn')?.values[0];
    return {
      key: 'AWS',
      value:
        typeof given === 'string' && given.includes(':role/')
          ? given
          : `arn:${caller.partition}:iam::${caller.account}:role/${caller.name}`,
    };
  }
  return { key: 'AWS', value: caller.arn };
}

function completeAllow(
  search: PolicySearch,
  t: StatementTrace,
  caller: ReturnType<typeof principalOf>,
  action: string,
): Proposal | undefined {
  const statement = search.statements[t.ref.index];
  if (statement === undefined) return undefined;
  const edits: (TextEdit | undefined)[] = [];
  const words: string[] = [];
  let change: PolicyChangeKind | undefined;
  const path = statement.path;
  if (t.principal.outcome !== 'match') {
    if (
      caller === undefined ||
      t.principal.not ||
      t.principal.path?.[t.principal.path.length - 1] !== 'Principal'
    )
      return undefined;
    const principal = nodeAt(search.src.root, [...path, 'Principal']);
    if (principal?.kind !== 'object') return undefined;
    const has = principal.members.some((m) => m.key === caller.key);
    edits.push(
      has
        ? addToList(search.src, [...path, 'Principal', caller.key], caller.value)
        : addMember(search.src, [...path, 'Principal'], caller.key, caller.value),
    );
    words.push(`add ${caller.value} to the Principal of ${statementLabel(statement)}`);
    change = 'add-principal';
  }
  if (t.action.outcome !== 'match') {
    if (t.action.not || t.action.path === undefined) return undefined;
    edits.push(addToList(search.src, [...path, 'Action'], action));
    words.push(change === undefined ? `add ${action} to the Action` : `add ${action} to its Action`);
    change ??= 'add-action';
  }
  const failing = t.conditions.filter((c) => c.outcome !== 'match');
  if (failing.length > 0) {
    const conditionNode = nodeAt(search.src.root, [...path, 'Condition']);
    if (conditionNode?.kind !== 'object') return undefined;
    const condition = toJsonValue(conditionNode) as Record<string, Record<string, JsonValue>>;
    let removed = false;
    for (const c of failing) {
      const block = condition[c.operator];
      if (block === undefined) return undefined;
      const values = c.requestValues;
      const op = parseOperator(c.operator);
      const extendable =
        op !== undefined &&
        !op.base.negated &&
        op.qualifier === undefined &&
        ['string', 'arn', 'ip'].includes(op.base.family) &&
        values?.length === 1 &&
        c.reason === 'no-value-matched';
      if (extendable) {
        const existing = block[c.key];
        const list = Array.isArray(existing) ? existing : existing === undefined ? [] : [existing];
        block[c.key] = [...list, String(values[0])];
        words.push(`add ${JSON.stringify(String(values[0]))} to ${c.operator} ${c.key}`);
        change ??= 'add-condition-value';
      } else {
        delete block[c.key];
        if (Object.keys(block).length === 0) delete condition[c.operator];
        words.push(`remove the condition ${c.operator} ${c.key}`);
        removed = true;
      }
    }
    if (removed && change === 'add-condition-value') change = 'remove-condition';
    change ??= removed ? 'remove-condition' : 'add-condition-value';
    edits.push(
      Object.keys(condition).length === 0
        ? replaceMemberValue(search.src, path, 'Condition', undefined)
        : replaceMemberValue(search.src, path, 'Condition', condition),
    );
  }
  if (change === undefined) return undefined;
  const joined = words.join(' and ');
  const text = joined.charAt(0).toUpperCase() + joined.slice(1);
  return {
    change,
    statement,
    edits,
    text: change === 'add-principal' ? text : `${text} in ${statementLabel(statement)}`,
  };
}

/** Replaces a member's value in its layout, or removes the member when `value` is undefined. */
function replaceMemberValue(
  src: EditSource,
  objectPath: JsonPath,
  key: string,
  value: JsonValue | undefined,
): TextEdit | undefined {
  const node = nodeAt(src.root, [...objectPath, key]);
  if (node?.span === undefined) return undefined;
  if (value === undefined) return removeMemberEdit(src, objectPath, key);
  const original = src.text.slice(node.span.start, node.span.end);
  const indent = indentOf(src.text, node.span.start);
  return {
    start: node.span.start,
    end: node.span.end,
    newText: layoutValue(value, indent, original.includes('\n')),
  };
}

function removeMemberEdit(src: EditSource, objectPath: JsonPath, key: string): TextEdit | undefined {
  const object = nodeAt(src.root, objectPath);
  if (object?.kind !== 'object') return undefined;
  const index = object.members.findIndex((m) => m.key === key);
  const member = object.members[index];
  const next = object.members[index + 1];
  const previous = object.members[index - 1];
  if (member?.keySpan === undefined) return undefined;
  if (next?.keySpan !== undefined)
    return { start: member.keySpan.start, end: next.keySpan.start, newText: '' };
  if (previous?.value.span === undefined || member.value.span === undefined) return undefined;
  return { start: previous.value.span.end, end: member.value.span.end, newText: '' };
}

function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

function statementsNode(src: EditSource): JsonNode | undefined {
  return nodeAt(src.root, ['Statement']);
}

function addStatement(search: PolicySearch, statement: Record<string, JsonValue>, text: string): Proposal {
  const node = statementsNode(search.src);
  let edit: TextEdit | undefined;
  if (node?.kind === 'array') edit = appendItem(search.src, ['Statement'], statement);
  else if (node?.kind === 'object' && node.span !== undefined)
    edit = replaceValue(search.src, ['Statement'], [toJsonValue(node), statement]);
  return { change: 'add-statement', statement: undefined, edits: [edit], text };
}

function removeStatement(search: PolicySearch, statement: Statement): Proposal {
  const index = statement.path[1];
  const node = statementsNode(search.src);
  const edit =
    node?.kind === 'array' && typeof index === 'number' && node.items.length > 1
      ? removeItem(search.src, ['Statement'], index)
      : undefined;
  return {
    change: 'remove-statement',
    statement,
    edits: [edit],
    text: `Remove ${statementLabel(statement)}`,
  };
}

/** Keeps the Deny for everyone else: `ArnNotEquals aws:PrincipalArn <this caller>`. */
function narrowDeny(search: PolicySearch, statement: Statement, arn: string): Proposal {
  const path = statement.path;
  const conditionNode = nodeAt(search.src.root, [...path, 'Condition']);
  const text = `Exempt ${arn} from ${statementLabel(statement)} (ArnNotEquals on aws:PrincipalArn)`;
  if (conditionNode === undefined)
    return {
      change: 'narrow-deny',
      statement,
      edits: [
        insertFirstMember(search.src, path, 'Condition', { ArnNotEquals: { 'aws:PrincipalArn': arn } }),
      ],
      text,
    };
  if (conditionNode.kind !== 'object') return { change: 'narrow-deny', statement, edits: [undefined], text };
  const condition = toJsonValue(conditionNode) as Record<string, Record<string, JsonValue>>;
  const block = condition.ArnNotEquals ?? {};
  const existing = block['aws:PrincipalArn'];
  block['aws:PrincipalArn'] =
    existing === undefined ? arn : [...(Array.isArray(existing) ? existing : [existing]), arn];
  condition.ArnNotEquals = block;
  return {
    change: 'narrow-deny',
    statement,
    edits: [replaceMemberValue(search.src, path, 'Condition', condition)],
    text,
  };
}

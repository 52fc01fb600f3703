import { getMember, isScalar, type JsonNode, type JsonObjectNode, scalarText } from '../json/json-node.js';
import type { JsonPath } from '../json/json-path.js';
import { classifyPrincipal, type PolicyPrincipal, PRINCIPAL_KEYS } from '../principal/policy-principal.js';
import type {
  ActionBlock,
  ConditionClause,
  ConditionValue,
  Policy,
  PrincipalBlock,
  Statement,
} from './policy.js';

/** Builds the model from a policy's JSON tree. Never throws; unreadable parts are skipped. */
export function normalizePolicy(root: JsonNode): Policy {
  if (root.kind !== 'object') return { root, version: undefined, variablesEnabled: false, statements: [] };
  const versionNode = getMember(root, 'Version')?.value;
  const version = versionNode?.kind === 'string' ? versionNode.value : undefined;
  const statementNode = getMember(root, 'Statement')?.value;
  let statements: Statement[] = [];
  if (statementNode?.kind === 'array') {
    statements = statementNode.items.map((node, index) =>
      normalizeStatement(node, index, ['Statement', index]),
    );
  } else if (statementNode?.kind === 'object') {
    statements = [normalizeStatement(statementNode, 0, ['Statement'])];
  }
  return { root, version, variablesEnabled: version === '2012-10-17', statements };
}

function normalizeStatement(node: JsonNode, index: number, path: JsonPath): Statement {
  if (node.kind !== 'object') {
    return {
      index,
      path,
      node,
      sid: undefined,
      effect: undefined,
      malformed: 'it is not a JSON object',
      principal: undefined,
      action: undefined,
      conditions: [],
    };
  }
  const sidNode = getMember(node, 'Sid')?.value;
  const effectNode = getMember(node, 'Effect')?.value;
  const effectText = effectNode?.kind === 'string' ? effectNode.value : undefined;
  return {
    index,
    path,
    node,
    sid: sidNode !== undefined && isScalar(sidNode) ? scalarText(sidNode) : undefined,
    effect: effectText === 'Allow' || effectText === 'Deny' ? effectText : undefined,
    malformed: malformation(node),
    principal: normalizePrincipal(node, path),
    action: normalizeAction(node, path),
    conditions: normalizeConditions(node, path),
  };
}

function normalizePrincipal(statement: JsonObjectNode, statementPath: JsonPath): PrincipalBlock | undefined {
  const principal = getMember(statement, 'Principal');
  const notPrincipal = getMember(statement, 'NotPrincipal');
  const member = principal ?? notPrincipal;
  if (member === undefined) return undefined;
  const path = [...statementPath, member.key];
  const node = member.value;
  const entries: PolicyPrincipal[] = [];
  if (node.kind === 'string') {
    // "Principal": "*" means {"AWS": "*"} (IAM Principal page); the linter reports it for trust policies.
    entries.push(classifyPrincipal('AWS', node.value === '*' ? '*' : node.value, path));
  } else if (node.kind === 'object') {
    for (const { key, value } of node.members) {
      for (const [text, valuePath] of stringsOf(value, [...path, key]))
        entries.push(classifyPrincipal(key, text, valuePath));
    }
  }
  return { not: principal === undefined, path, entries };
}

function normalizeAction(statement: JsonObjectNode, statementPath: JsonPath): ActionBlock | undefined {
  const action = getMember(statement, 'Action');
  const member = action ?? getMember(statement, 'NotAction');
  if (member === undefined) return undefined;
  const path = [...statementPath, member.key];
  const patterns = stringsOf(member.value, path).map(([value, valuePath]) => ({ value, path: valuePath }));
  return { not: action === undefined, path, patterns };
}

function normalizeConditions(statement: JsonObjectNode, statementPath: JsonPath): ConditionClause[] {
  const condition = getMember(statement, 'Condition')?.value;
  if (condition?.kind !== 'object') return [];
  const clauses: ConditionClause[] = [];
  for (const { key: operator, value: block } of condition.members) {
    const operatorPath = [...statementPath, 'Condition', operator];
    if (block.kind !== 'object') continue;
    for (const { key, value } of block.members) {
      const path = [...operatorPath, key];
      const values: ConditionValue[] = [];
      if (isScalar(value)) values.push({ text: scalarText(value), path });
      else if (value.kind === 'array') {
        value.items.forEach((item, i) => {
          if (isScalar(item)) values.push({ text: scalarText(item), path: [...path, i] });
        });
      }
      clauses.push({ operator, operatorPath, key, path, values });
    }
  }
  return clauses;
}

/** A string or an array of strings as [text, path] pairs; other scalars are read as their text. */
function stringsOf(node: JsonNode, path: JsonPath): [string, JsonPath][] {
  if (isScalar(node)) return [[scalarText(node), path]];
  if (node.kind !== 'array') return [];
  const out: [string, JsonPath][] = [];
  node.items.forEach((item, i) => {
    if (isScalar(item)) out.push([scalarText(item), [...path, i]]);
  });
  return out;
}

const PRINCIPAL_KEY_SET: ReadonlySet<string> = new Set(PRINCIPAL_KEYS);

const isStringList = (node: JsonNode): boolean =>
  node.kind === 'string' || (node.kind === 'array' && node.items.every((item) => item.kind === 'string'));

const isValueList = (node: JsonNode): boolean =>
  isScalar(node) || (node.kind === 'array' && node.items.every(isScalar));

/** The first reason the statement cannot be read as IAM would, in words; the linter reports each in detail. */
function malformation(node: JsonObjectNode): string | undefined {
  const principal = getMember(node, 'Principal');
  const notPrincipal = getMember(node, 'NotPrincipal');
  if (principal !== undefined && notPrincipal !== undefined) return 'it has both Principal and NotPrincipal';
  const action = getMember(node, 'Action');
  const notAction = getMember(node, 'NotAction');
  if (action !== undefined && notAction !== undefined) return 'it has both Action and NotAction';
  const who = principal ?? notPrincipal;
  if (who !== undefined) {
    const value = who.value;
    if (value.kind === 'string' && value.value !== '*') return `its ${who.key} is a string other than "*"`;
    if (value.kind !== 'string' && value.kind !== 'object') return `its ${who.key} is not an object`;
    if (value.kind === 'object') {
      for (const member of value.members) {
        if (!PRINCIPAL_KEY_SET.has(member.key)) return `its ${who.key} has the unknown key "${member.key}"`;
        if (!isStringList(member.value))
          return `${who.key}.${member.key} is not a string or a list of strings`;
      }
    }
  }
  const what = action ?? notAction;
  if (what !== undefined && !isStringList(what.value))
    return `its ${what.key} is not a string or a list of strings`;
  const condition = getMember(node, 'Condition')?.value;
  if (condition !== undefined) {
    if (condition.kind !== 'object') return 'its Condition is not an object';
    for (const block of condition.members) {
      if (block.value.kind !== 'object') return `its Condition operator ${block.key} does not hold an object`;
      for (const clause of block.value.members) {
        if (!isValueList(clause.value)) {
          return `the value of ${clause.key} under ${block.key} is not a string, number, boolean or list of them`;
        }
      }
    }
  }
  return undefined;
}

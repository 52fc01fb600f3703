import type { JsonNode, JsonObjectNode } from '../json/json-node.js';
import type { JsonPath } from '../json/json-path.js';
import type { Statement } from '../model/policy.js';

/** Calls `visit` for every object in the tree, with its path. */
export function forEachObject(
  node: JsonNode,
  path: JsonPath,
  visit: (node: JsonObjectNode, path: JsonPath) => void,
): void {
  if (node.kind === 'object') {
    visit(node, path);
    for (const member of node.members) forEachObject(member.value, [...path, member.key], visit);
  } else if (node.kind === 'array') {
    node.items.forEach((item, i) => {
      forEachObject(item, [...path, i], visit);
    });
  }
}

/** Statements that are JSON objects, with their object node. */
export function objectStatements(statements: readonly Statement[]): [Statement, JsonObjectNode][] {
  const out: [Statement, JsonObjectNode][] = [];
  for (const s of statements) if (s.node.kind === 'object') out.push([s, s.node]);
  return out;
}

export function quote(text: string): string {
  return JSON.stringify(text);
}

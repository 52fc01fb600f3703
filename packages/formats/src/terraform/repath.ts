import type { JsonNode, JsonPath } from '@trustwright/core';
import type { UnresolvedValue } from '../model/types.js';

/**
 * The final path of each unresolved value, found by its span in the finished tree: a
 * one-element list collapses to its element, and merged blocks renumber, after the value
 * was read.
 */
export function repath(tree: JsonNode, unresolved: readonly UnresolvedValue[]): UnresolvedValue[] {
  const bySpan = new Map<string, JsonPath>();
  const visit = (node: JsonNode, path: JsonPath): void => {
    if (node.span !== undefined) bySpan.set(`${node.span.start}:${node.span.end}`, path);
    if (node.kind === 'object') for (const m of node.members) visit(m.value, [...path, m.key]);
    else if (node.kind === 'array') for (const [i, item] of node.items.entries()) visit(item, [...path, i]);
  };
  visit(tree, []);
  return unresolved.flatMap((u) => {
    const path = bySpan.get(`${u.span.start}:${u.span.end}`);
    // A value that did not make it into the tree (a block's type, say) is reported where it was.
    return path === undefined ? [u] : [{ ...u, path }];
  });
}

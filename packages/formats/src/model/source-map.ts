import { type JsonNode, type JsonPath, type PathTarget, type Span, spanAt } from '@trustwright/core';

/**
 * Where each part of an imported policy sits in its source file, as plain data (it survives
 * `postMessage` to and from a Web Worker). `tree` is the policy's JSON tree with spans in the
 * tree's own coordinates; a tree offset `o` is at file offset `table[o]` when there is a table
 * (text that was decoded on the way: a heredoc, a JSON string, URL encoding) and at
 * `offset + o` otherwise.
 */
export interface PolicySourceMap {
  readonly tree: JsonNode;
  /** The file the spans point into, when it is not the role's own (a Terraform data source in another file). */
  readonly file?: string;
  readonly offset: number;
  /** Tree offset -> file offset, one entry per decoded code unit plus one for the end. */
  readonly table?: ArrayLike<number>;
  /** The decoded JSON text the tree was parsed from (a heredoc body, a URL-decoded string), when there was one. */
  readonly text?: string;
}

/** A tree offset as a file offset. */
export function fileOffset(map: PolicySourceMap, offset: number): number {
  const table = map.table;
  if (table === undefined) return map.offset + offset;
  if (table.length === 0) return map.offset;
  return table[Math.max(0, Math.min(offset, table.length - 1))] ?? map.offset;
}

/**
 * The file range of the value (or key) at `path` inside the imported policy, falling back to
 * the nearest ancestor that has one; undefined only when the map has no positions at all.
 */
export function locate(map: PolicySourceMap, path: JsonPath, target: PathTarget = 'value'): Span | undefined {
  const span = spanAt(map.tree, path, target);
  if (span === undefined) return undefined;
  const start = fileOffset(map, span.start);
  // The end is where the code unit after the value starts: a decoded escape (`\"`, `%22`) keeps its width.
  return { start, end: Math.max(start, fileOffset(map, span.end)) };
}

/** Every node's span mapped to the file: the path -> range table a UI can index. */
export function sourceRanges(map: PolicySourceMap): { path: JsonPath; span: Span }[] {
  const out: { path: JsonPath; span: Span }[] = [];
  const visit = (node: JsonNode, path: JsonPath): void => {
    const span = locate(map, path);
    if (span !== undefined) out.push({ path, span });
    if (node.kind === 'object') for (const m of node.members) visit(m.value, [...path, m.key]);
    else if (node.kind === 'array') for (const [i, item] of node.items.entries()) visit(item, [...path, i]);
  };
  visit(map.tree, []);
  return out;
}

import type { TextEdit } from '../diagnostics/finding.js';
import { type JsonValue, toJsonValue } from '../json/json-node.js';
import { type JsonPath, nodeAt } from '../json/json-path.js';
import { type EditSource, insertFirstMember, removeMember, replaceValue } from '../lint/edits.js';

/**
 * Array edits beside lint's object edits (`lint/edits.ts`): computed from node spans so the rest
 * of the text keeps its layout. The text is the whole text the policy was parsed from.
 */

/** The indentation of the line `offset` is on. */
function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** `value` as JSON laid out like the text around it: multi-line when the item above is. */
export function layoutValue(value: JsonValue, indent: string, multiline: boolean): string {
  if (!multiline) return JSON.stringify(value);
  const unit = indent.includes('\t') ? '\t' : '  ';
  return JSON.stringify(value, null, unit)
    .split('\n')
    .map((line, i) => (i === 0 ? line : indent + line))
    .join('\n');
}

/** Appends `value` to the array at `path`, after its last item and in its layout. */
export function appendItem(src: EditSource, path: JsonPath, value: JsonValue): TextEdit | undefined {
  const node = nodeAt(src.root, path);
  if (node?.kind !== 'array' || node.span === undefined) return undefined;
  const last = node.items[node.items.length - 1];
  if (last?.span === undefined)
    return { start: node.span.start + 1, end: node.span.start + 1, newText: JSON.stringify(value) };
  const between = src.text.slice(
    node.items[node.items.length - 2]?.span?.end ?? node.span.start + 1,
    last.span.start,
  );
  const multiline = between.includes('\n');
  const indent = indentAt(src.text, last.span.start);
  const text = layoutValue(value, indent, src.text.slice(last.span.start, last.span.end).includes('\n'));
  return {
    start: last.span.end,
    end: last.span.end,
    newText: multiline ? `,\n${indent}${text}` : `, ${text}`,
  };
}

/** Removes item `index` of the array at `path` with the comma that separated it. */
export function removeItem(src: EditSource, path: JsonPath, index: number): TextEdit | undefined {
  const node = nodeAt(src.root, path);
  if (node?.kind !== 'array' || node.span === undefined) return undefined;
  const item = node.items[index];
  const next = node.items[index + 1];
  const previous = node.items[index - 1];
  if (item?.span === undefined) return undefined;
  if (node.items.length === 1) return { start: node.span.start + 1, end: node.span.end - 1, newText: '' };
  if (next?.span !== undefined) return { start: item.span.start, end: next.span.start, newText: '' };
  if (previous?.span === undefined) return undefined;
  return { start: previous.span.end, end: item.span.end, newText: '' };
}

/** Adds a value to a string-or-list element: `"a"` becomes `["a", "b"]`, `["a"]` gets `"b"`. */
export function addToList(src: EditSource, path: JsonPath, value: string): TextEdit | undefined {
  const node = nodeAt(src.root, path);
  if (node === undefined) return undefined;
  if (node.kind === 'array') return appendItem(src, path, value);
  return replaceValue(src, path, [toJsonValue(node), value]);
}

/** Adds `"key": value` to the object at `path` (first member, in the object's layout). */
export function addMember(
  src: EditSource,
  path: JsonPath,
  key: string,
  value: JsonValue,
): TextEdit | undefined {
  return insertFirstMember(src, path, key, value);
}

/**
 * Removes one condition clause, and its operator block or the whole Condition when that leaves
 * them empty (an empty block is legal but reads like a mistake).
 */
export function removeClause(
  src: EditSource,
  statementPath: JsonPath,
  operator: string,
  key: string,
): TextEdit | undefined {
  const condition = nodeAt(src.root, [...statementPath, 'Condition']);
  const block = nodeAt(src.root, [...statementPath, 'Condition', operator]);
  if (condition?.kind !== 'object' || block?.kind !== 'object') return undefined;
  if (block.members.length > 1) return removeMember(src, [...statementPath, 'Condition', operator], key);
  if (condition.members.length > 1) return removeMember(src, [...statementPath, 'Condition'], operator);
  return removeMember(src, statementPath, 'Condition');
}

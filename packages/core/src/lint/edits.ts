import type { Suggestion, TextEdit } from '../diagnostics/finding.js';
import { getMember, type JsonNode, type JsonObjectNode, type JsonValue } from '../json/json-node.js';
import { type JsonPath, nodeAt } from '../json/json-path.js';

/**
 * Text edits for quick fixes, computed from node spans so the rest of the text (indentation,
 * key order, other members) is untouched; nothing is ever re-stringified. Spans are offsets in the
 * text the policy was parsed from (a whole trust file, for a policy inside one), so edits apply to
 * that text. Every builder returns undefined when the policy has no spans (it came as a value).
 */
export interface EditSource {
  readonly root: JsonNode;
  /** The policy's text: the whole parsed text, or only the policy's slice of a trust file. */
  readonly text: string;
}

/** Text between two document offsets. */
function textBetween(src: EditSource, start: number, end: number): string | undefined {
  const span = src.root.span;
  if (span === undefined) return undefined;
  // A policy read inside a trust file carries only its own slice of the document, while its
  // spans stay document offsets; a policy read on its own carries its whole text.
  const base = src.text.length === span.end - span.start ? span.start : 0;
  if (start < base || end - base > src.text.length) return undefined;
  return src.text.slice(start - base, end - base);
}

function objectAt(src: EditSource, path: JsonPath): JsonObjectNode | undefined {
  const node = nodeAt(src.root, path);
  return node?.kind === 'object' ? node : undefined;
}

/** Writes `newKey` in place of the key of `key` in the object at `objectPath`. */
export function renameKey(
  src: EditSource,
  objectPath: JsonPath,
  key: string,
  newKey: string,
): TextEdit | undefined {
  const parent = objectAt(src, objectPath);
  const span = parent === undefined ? undefined : getMember(parent, key)?.keySpan;
  return span === undefined
    ? undefined
    : { start: span.start, end: span.end, newText: JSON.stringify(newKey) };
}

/** Writes `value` (as compact JSON) in place of the value at `path`. */
export function replaceValue(src: EditSource, path: JsonPath, value: JsonValue): TextEdit | undefined {
  const span = nodeAt(src.root, path)?.span;
  return span === undefined
    ? undefined
    : { start: span.start, end: span.end, newText: JSON.stringify(value) };
}

/** Adds `"key": value` as the first member of the object at `objectPath`, in the object's own layout. */
export function insertFirstMember(
  src: EditSource,
  objectPath: JsonPath,
  key: string,
  value: JsonValue,
): TextEdit | undefined {
  const object = objectAt(src, objectPath);
  const span = object?.span;
  if (object === undefined || span === undefined) return undefined;
  const member = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  const first = object.members[0]?.keySpan;
  if (first === undefined) return { start: span.start + 1, end: span.start + 1, newText: member };
  // Repeat whatever separates "{" from the first key (a newline and indentation, or nothing).
  const gap = textBetween(src, span.start + 1, first.start);
  if (gap === undefined || gap.trim() !== '') return undefined;
  return { start: first.start, end: first.start, newText: `${member},${gap}` };
}

/** Removes the member `key` of the object at `objectPath`, with the comma that separated it. */
export function removeMember(src: EditSource, objectPath: JsonPath, key: string): TextEdit | undefined {
  const object = objectAt(src, objectPath);
  const span = object?.span;
  if (object === undefined || span === undefined) return undefined;
  const members = object.members;
  let index = -1;
  for (let i = members.length - 1; i >= 0 && index < 0; i--) if (members[i]?.key === key) index = i;
  const member = members[index];
  const next = members[index + 1];
  const previous = members[index - 1];
  if (member?.keySpan === undefined) return undefined;
  if (members.length === 1) return { start: span.start + 1, end: span.end - 1, newText: '' };
  if (next?.keySpan !== undefined)
    return { start: member.keySpan.start, end: next.keySpan.start, newText: '' };
  const previousEnd = previous?.value.span?.end;
  const end = member.value.span?.end;
  if (previousEnd === undefined || end === undefined) return undefined;
  return { start: previousEnd, end, newText: '' };
}

/** A suggestion when every edit could be computed; otherwise none (never a partial fix). */
export function suggestion(
  title: string,
  changesAccess: boolean,
  edits: readonly (TextEdit | undefined)[],
): Suggestion[] {
  const defined = edits.filter((e): e is TextEdit => e !== undefined);
  return defined.length === edits.length && defined.length > 0
    ? [{ title, edits: defined, changesAccess }]
    : [];
}

/**
 * Applies edits to the text they were computed for. Edits are applied from the end so earlier
 * offsets stay valid; an edit that overlaps one already applied is skipped.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.start < 0 || edit.end < edit.start || edit.end > text.length || edit.end > limit) continue;
    out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}

import type { TextEdit } from '@trustwright/core';

/** Applies a suggestion's edits (offsets into the same text), last first so offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

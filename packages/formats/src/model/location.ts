import { LineIndex, type Span } from '@trustwright/core';
import type { SourceLocation } from './types.js';

/** Turns offsets of one file into locations; builds the line index on first use. */
export class Locator {
  #index: LineIndex | undefined;
  constructor(readonly text: string) {}

  at(span: Span): SourceLocation {
    this.#index ??= new LineIndex(this.text);
    const start = this.#index.positionAt(span.start);
    const end = this.#index.positionAt(span.end);
    return {
      start: span.start,
      end: span.end,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
  }
}

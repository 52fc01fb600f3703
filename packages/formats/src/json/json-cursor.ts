import { type JsonNode, parseJson, type Span } from '@trustwright/core';

/** Where a streamed JSON document stops being readable: malformed, or cut short (end of text). */
export class CursorStop extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly cut: boolean,
  ) {
    super(message);
  }
}

/**
 * A forward-only reader over JSON text, for documents too large to hold as a positioned tree
 * (a 100 MB account export): it walks the structure, skips what is not needed without building
 * it, and hands small values (one role) to core's positioned parser. Because every role is read
 * on its own, a file that was cut short still gives every role before the cut.
 */
export class JsonCursor {
  pos: number;

  constructor(
    readonly text: string,
    pos = 0,
  ) {
    this.pos = pos;
  }

  /** The next significant character code (after whitespace), or -1 at the end. */
  peek(): number {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else {
        this.pos = p;
        return Number.isNaN(c) ? -1 : c;
      }
    }
  }

  expect(char: string): void {
    const c = this.peek();
    if (c === char.charCodeAt(0)) {
      this.pos++;
      return;
    }
    throw this.stop(c === -1 ? `the text ends where "${char}" was expected` : `"${char}" was expected`);
  }

  /** Consumes `char` if it comes next. */
  eat(char: string): boolean {
    if (this.peek() === char.charCodeAt(0)) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** A string literal: its value and span (with the quotes). */
  string(): { value: string; span: Span } {
    if (this.peek() !== 34)
      throw this.stop(this.pos >= this.text.length ? 'the text ends' : 'a string was expected');
    const start = this.pos;
    const end = this.#stringEnd(start);
    const raw = this.text.slice(start, end);
    this.pos = end;
    let value: unknown;
    try {
      value = raw.indexOf('\\') < 0 ? raw.slice(1, -1) : JSON.parse(raw);
    } catch {
      throw new CursorStop('a string has an invalid escape', start, false);
    }
    return { value: typeof value === 'string' ? value : '', span: { start, end } };
  }

  /** Skips one value of any kind; returns its span. */
  skip(): Span {
    const c = this.peek();
    const start = this.pos;
    if (c === -1) throw this.stop('the text ends where a value was expected');
    if (c === 34) {
      this.pos = this.#stringEnd(start);
      return { start, end: this.pos };
    }
    if (c === 123 || c === 91) {
      const t = this.text;
      let depth = 0;
      let p = start;
      const n = t.length;
      while (p < n) {
        const ch = t.charCodeAt(p);
        if (ch === 34) {
          p = this.#stringEnd(p);
          continue;
        }
        if (ch === 123 || ch === 91) depth++;
        else if (ch === 125 || ch === 93) {
          depth--;
          if (depth === 0) {
            this.pos = p + 1;
            return { start, end: p + 1 };
          }
        }
        p++;
      }
      throw new CursorStop('the text ends inside this value', n, true);
    }
    // A number, true, false or null: up to the next delimiter.
    let p = start;
    const t = this.text;
    while (p < t.length) {
      const ch = t.charCodeAt(p);
      if (ch === 44 || ch === 125 || ch === 93 || ch === 32 || ch === 10 || ch === 13 || ch === 9) break;
      p++;
    }
    if (p === start) throw this.stop('a value was expected');
    this.pos = p;
    return { start, end: p };
  }

  /** Reads one value into core's positioned tree; spans are relative to the returned offset. */
  value(): { node: JsonNode; offset: number } {
    const span = this.skip();
    const parsed = parseJson(this.text.slice(span.start, span.end));
    if (parsed.root === undefined) {
      const error = parsed.errors[0];
      throw new CursorStop(error?.message ?? 'not JSON', span.start + (error?.span.start ?? 0), false);
    }
    return { node: parsed.root, offset: span.start };
  }

  /**
   * An object's members, one at a time: each step leaves the cursor at the member's value,
   * which the loop body must consume (skip, value, or a nested walk) before the next step.
   */
  *members(): Generator<{ readonly key: string; readonly keySpan: Span }, void, undefined> {
    this.expect('{');
    if (this.eat('}')) return;
    for (;;) {
      const key = this.string();
      this.expect(':');
      yield { key: key.value, keySpan: key.span };
      if (this.eat(',')) continue;
      this.expect('}');
      return;
    }
  }

  /** An array's items by index; the loop body must consume each item. */
  *items(): Generator<number, void, undefined> {
    this.expect('[');
    if (this.eat(']')) return;
    for (let i = 0; ; i++) {
      yield i;
      if (this.eat(',')) continue;
      this.expect(']');
      return;
    }
  }

  stop(message: string): CursorStop {
    return new CursorStop(message, this.pos, this.pos >= this.text.length);
  }

  #stringEnd(start: number): number {
    const t = this.text;
    let p = start + 1;
    for (;;) {
      const q = t.indexOf('"', p);
      if (q < 0) throw new CursorStop('the text ends inside a string', t.length, true);
      let backslashes = 0;
      for (let b = q - 1; b > start && t.charCodeAt(b) === 92; b--) backslashes++;
      if (backslashes % 2 === 0) return q + 1;
      p = q + 1;
    }
  }
}

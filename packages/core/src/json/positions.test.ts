import { describe, expect, it } from 'vitest';
import { LineIndex } from './positions.js';

const at = (text: string, offset: number): [number, number] => {
  const { line, column } = new LineIndex(text).positionAt(offset);
  return [line, column];
};

describe('LineIndex', () => {
  it('starts at line 1, column 1', () => {
    expect(at('abc', 0)).toEqual([1, 1]);
    expect(at('', 0)).toEqual([1, 1]);
  });

  it('counts columns from 1 on the first line', () => {
    expect(at('abc', 2)).toEqual([1, 3]);
  });

  it('breaks lines at \\n', () => {
    expect([at('a\nb', 1), at('a\nb', 2)]).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('treats \\r\\n as one line break', () => {
    const text = 'a\r\nb\r\nc';
    expect([at(text, 1), at(text, 2), at(text, 3), at(text, 6)]).toEqual([
      [1, 2],
      [1, 3],
      [2, 1],
      [3, 1],
    ]);
  });

  it('breaks lines at a lone \\r', () => {
    expect(at('a\rb', 2)).toEqual([2, 1]);
  });

  it('handles mixed line endings and empty lines', () => {
    const text = 'a\n\rb\r\n\nc';
    // Line starts: 0 (a), 2 (empty, ended by \r), 3 (b), 6 (empty), 7 (c).
    expect([at(text, 2), at(text, 3), at(text, 6), at(text, 7)]).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
  });

  it('puts the offset after a final line break on a new line', () => {
    expect(at('a\n', 2)).toEqual([2, 1]);
  });

  it('counts columns in UTF-16 code units', () => {
    expect(at('😀x', 2)).toEqual([1, 3]);
    expect(at('é\n😀😀x', 6)).toEqual([2, 5]);
  });

  it('extends the last line past the end of the text', () => {
    expect(at('ab\ncd', 10)).toEqual([2, 8]);
  });

  it('finds lines in a long text', () => {
    const index = new LineIndex('line\n'.repeat(10_000));
    expect(index.positionAt(5 * 7_777 + 3)).toEqual({ line: 7_778, column: 4 });
    expect(index.positionAt(5 * 10_000)).toEqual({ line: 10_001, column: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { decodeJsonString, percentDecode } from './decoded-text.js';
import { CursorStop, JsonCursor } from './json-cursor.js';

describe('JsonCursor', () => {
  it('walks members and items and skips values it does not need', () => {
    const cursor = new JsonCursor('{"a": [1, {"b": "}]\\""}], "c": {"d": true}, "e": "x"}');
    const seen: string[] = [];
    for (const { key } of cursor.members()) {
      seen.push(key);
      if (key === 'c') expect(cursor.value().node).toMatchObject({ kind: 'object' });
      else cursor.skip();
    }
    expect(seen).toEqual(['a', 'c', 'e']);
  });

  it('says where a document was cut, and that it was cut', () => {
    const cursor = new JsonCursor('{"a": [1, 2');
    try {
      for (const _ of cursor.members()) cursor.skip();
      throw new Error('not reached');
    } catch (error) {
      expect(error).toBeInstanceOf(CursorStop);
      expect((error as CursorStop).cut).toBe(true);
    }
  });

  it('tells a malformed document from a cut one', () => {
    const cursor = new JsonCursor('{"a" 1}');
    expect(() => {
      for (const _ of cursor.members()) cursor.skip();
    }).toThrow(expect.objectContaining({ cut: false }));
  });
});

describe('decoded text keeps a table back to the source', () => {
  it('JSON string escapes map to where each escape starts', () => {
    const source = 'x "a\\"b\\u00e9" y';
    const decoded = decodeJsonString(source, { start: 2, end: 14 });
    expect(decoded?.text).toBe('a"bé');
    expect([...(decoded?.table ?? [])]).toEqual([3, 4, 6, 7, 13]);
  });

  it('percent-decoding maps each UTF-8 character to its first triple', () => {
    const text = '%7B%C3%A9a%7D';
    const decoded = percentDecode({ text, table: Int32Array.from([...text, ''].map((_, i) => i)) });
    expect(decoded?.text).toBe('{éa}');
    expect([...(decoded?.table ?? [])]).toEqual([0, 3, 9, 10, 13]);
  });

  it('refuses invalid UTF-8', () => {
    expect(percentDecode({ text: '%C3%28', table: Int32Array.from([0, 1, 2, 3, 4, 5, 6]) })).toBeUndefined();
  });
});

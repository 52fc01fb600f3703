import { describe, expect, it } from 'vitest';
import { getMember, type JsonNode, toJsonValue } from './json-node.js';
import cases from './parse-json.cases.json' with { type: 'json' };
import { MAX_JSON_DEPTH, parseJson } from './parse-json.js';

interface ErrorRow {
  name: string;
  text: string;
  message: string;
  start: number;
  end?: number;
}

const errorTable: readonly ErrorRow[] = cases;

function objectAt(node: JsonNode | undefined): JsonNode & { kind: 'object' } {
  if (node?.kind !== 'object') throw new Error(`expected an object, got ${node?.kind}`);
  return node;
}

describe('parseJson spans', () => {
  // Offsets: é is one UTF-16 code unit, 😀 is two (a surrogate pair).
  const text = '{"Sid": "é😀", "n": 1.50, "ok": [true, null]}';
  const root = objectAt(parseJson(text).root);
  const [sid, n, ok] = root.members;

  it('parses without errors', () => {
    expect(parseJson(text).errors).toEqual([]);
  });

  it('gives the root object the whole text', () => {
    expect(root.span).toEqual({ start: 0, end: text.length });
  });

  it('gives a key its span, quotes included', () => {
    expect(sid?.keySpan).toEqual({ start: 1, end: 6 });
  });

  it('counts an emoji as two UTF-16 code units in a value span', () => {
    expect(sid?.value.span).toEqual({ start: 8, end: 13 });
    expect(text.slice(8, 13)).toBe('"é😀"');
  });

  it('places keys and values after the emoji by UTF-16 offset', () => {
    expect(n?.keySpan).toEqual({ start: 15, end: 18 });
    expect(n?.value.span).toEqual({ start: 20, end: 24 });
  });

  it('keeps the raw text of a number', () => {
    expect(n?.value).toEqual({ kind: 'number', value: 1.5, raw: '1.50', span: { start: 20, end: 24 } });
  });

  it('gives array items their own spans', () => {
    if (ok?.value.kind !== 'array') throw new Error('expected an array');
    expect(ok.value.items.map((item) => [item.kind, text.slice(item.span?.start, item.span?.end)])).toEqual([
      ['boolean', 'true'],
      ['null', 'null'],
    ]);
  });
});

describe('parseJson values', () => {
  it('keeps duplicate keys in order; plain data keeps the last', () => {
    const root = objectAt(parseJson('{"Effect": "Allow", "Sid": "a", "Effect": "Deny"}').root);
    expect(root.members.map((m) => m.key)).toEqual(['Effect', 'Sid', 'Effect']);
    expect(getMember(root, 'Effect')?.value).toMatchObject({ kind: 'string', value: 'Deny' });
    expect(toJsonValue(root)).toEqual({ Effect: 'Deny', Sid: 'a' });
  });

  it('keeps number text as written, beyond double precision too', () => {
    const root = parseJson('[-0, 1e5, 10.10, 12345678901234567890]').root;
    if (root?.kind !== 'array') throw new Error('expected an array');
    expect(root.items.map((i) => (i.kind === 'number' ? [i.raw, i.value] : i.kind))).toEqual([
      ['-0', -0],
      ['1e5', 100000],
      ['10.10', 10.1],
      ['12345678901234567890', 12345678901234567000],
    ]);
  });

  it('decodes escapes in keys and values', () => {
    const root = objectAt(parseJson('{"a\\"b": "\\u00e9\\n"}').root);
    expect(root.members[0]?.key).toBe('a"b');
    expect(root.members[0]?.value).toMatchObject({ value: 'é\n' });
  });

  it('makes a "__proto__" key plain data, never the prototype', () => {
    const value = toJsonValue(objectAt(parseJson('{"__proto__": {"polluted": true}}').root));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__']);
  });

  it('accepts a scalar at the root', () => {
    expect(parseJson(' "x" ').root).toEqual({ kind: 'string', value: 'x', span: { start: 1, end: 4 } });
  });

  it('reports a truncated policy where it ends, with no tree', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"';
    const parsed = parseJson(text);
    expect(parsed.root).toBeUndefined();
    expect(parsed.errors).toEqual([
      {
        message: 'The text ends before the object is closed with "}".',
        span: { start: text.length, end: text.length },
      },
    ]);
  });
});

describe('parseJson errors', () => {
  it.each(errorTable)('$name', ({ text, message, start, end }) => {
    const first = parseJson(text).errors[0];
    expect(first?.message).toBe(message);
    expect(first?.span.start).toBe(start);
    if (end !== undefined) expect(first?.span.end).toBe(end);
  });

  it('reports one error per offset, not a cascade at the same place', () => {
    const starts = parseJson("{'a': 'b', 'c': 'd'}").errors.map((e) => e.span.start);
    expect(new Set(starts).size).toBe(starts.length);
  });

  // jsonc-parser ends a string at a raw line break; say so rather than "closing quote missing".
  it('a raw line break inside a string is reported as such, not as a missing quote', () => {
    expect(parseJson('{"a": "x\ny"}').errors[0]?.message).toBe(
      'A string cannot span lines: close it, or write the line break as \\n.',
    );
  });

  // Spans are offsets into the text (Finding.span); an error at the end must not point past it.
  it('error spans stay inside the text, even at its end', () => {
    for (const text of ['', '[', '{"a":', '{"a": "abc'])
      for (const error of parseJson(text).errors) expect(error.span.end).toBeLessThanOrEqual(text.length);
  });
});

describe('parseJson nesting limit', () => {
  it('refuses 100,000 nested [ without throwing', () => {
    const parsed = parseJson('['.repeat(100_000));
    expect(parsed.root).toBeUndefined();
    expect(parsed.errors).toEqual([
      {
        message: `The JSON nests deeper than ${MAX_JSON_DEPTH} levels; a trust policy never does.`,
        span: { start: MAX_JSON_DEPTH, end: MAX_JSON_DEPTH + 1 },
      },
    ]);
  });

  it('accepts exactly the maximum depth', () => {
    const parsed = parseJson(`${'[{"a":'.repeat(MAX_JSON_DEPTH / 2)}1${'}]'.repeat(MAX_JSON_DEPTH / 2)}`);
    expect(parsed.errors).toEqual([]);
  });

  it('refuses one level more than the maximum', () => {
    const parsed = parseJson(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`);
    expect(parsed.errors[0]?.message).toContain('nests deeper');
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const parsed = parseJson(JSON.stringify([`\\"${'['.repeat(1000)}`, '{'.repeat(1000)]));
    expect(parsed.errors).toEqual([]);
  });
});

// Differential properties: our positioned parser against the platform's JSON.parse (which
// values it accepts and what they are) and against jsonc-parser (where each node sits).
import fc from 'fast-check';
import { type Node as JsoncNode, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { type JsonNode, toJsonValue } from './json-node.js';
import { MAX_JSON_DEPTH, parseJson } from './parse-json.js';

const runs = Number(process.env.TW_PROPERTY_RUNS ?? 300);

function platform(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depth));
}

/** JSON texts, valid and broken: printed values, then random edits of them. */
const texts = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
  fc
    .tuple(
      fc.jsonValue(),
      fc.nat(),
      fc.nat({ max: 3 }),
      fc.constantFrom('', ',', '"', '}', ']', '\\', ':', ' ', '\u0000', 'e', '-'),
    )
    .map(([v, at, cut, insert]) => {
      const text = JSON.stringify(v) ?? 'null';
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + cut);
    }),
  fc.string({ unit: fc.constantFrom(...'{}[]",:0123456789.-+eEtrufalsn \n\\u'.split('')) }),
);

describe('parseJson agrees with JSON.parse', () => {
  it('accepts exactly what JSON.parse accepts, with the same value', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ours = parseJson(text);
        const theirs = platform(text);
        if (theirs.ok && depth(theirs.value) >= MAX_JSON_DEPTH) return; // our documented nesting limit
        expect(ours.errors.length === 0, text).toBe(theirs.ok);
        if (theirs.ok && ours.root !== undefined) expect(toJsonValue(ours.root)).toEqual(theirs.value);
        if (!theirs.ok) expect(ours.errors).toHaveLength(1);
      }),
      { numRuns: runs * 10 },
    );
  });

  it('puts every error inside the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const e of parseJson(text).errors) {
          expect(e.span.start).toBeGreaterThanOrEqual(0);
          expect(e.span.end).toBeLessThanOrEqual(text.length);
          expect(e.span.start).toBeLessThanOrEqual(e.span.end);
          expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs * 10 },
    );
  });
});

function sameSpans(ours: JsonNode, theirs: JsoncNode): void {
  expect([ours.span?.start, ours.span?.end]).toEqual([theirs.offset, theirs.offset + theirs.length]);
  if (ours.kind === 'object') {
    const members = theirs.children ?? [];
    expect(ours.members).toHaveLength(members.length);
    ours.members.forEach((m, i) => {
      const [key, value] = members[i]?.children ?? [];
      if (key === undefined || value === undefined)
        throw new Error('jsonc-parser property without key or value');
      expect([m.keySpan?.start, m.keySpan?.end]).toEqual([key.offset, key.offset + key.length]);
      sameSpans(m.value, value);
    });
  } else if (ours.kind === 'array') {
    const items = theirs.children ?? [];
    expect(ours.items).toHaveLength(items.length);
    ours.items.forEach((item, i) => {
      const other = items[i];
      if (other === undefined) throw new Error('missing item');
      sameSpans(item, other);
    });
  }
}

describe('parseJson spans agree with jsonc-parser', () => {
  it('gives every key and value the same offsets', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        fc.constantFrom(undefined, 2, '\t', ' \r\n '),
        (value, space) => {
          const text = JSON.stringify(
            value,
            null,
            typeof space === 'string' && space.includes('\n') ? 1 : space,
          ).replaceAll('\n', typeof space === 'string' && space.includes('\r') ? '\r\n' : '\n');
          const ours = parseJson(text).root;
          const theirs = parseTree(text);
          if (ours === undefined || theirs === undefined) throw new Error(`did not parse: ${text}`);
          sameSpans(ours, theirs);
        },
      ),
      { numRuns: runs * 3 },
    );
  });
});

describe('parseJson on keys that are special in JavaScript', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'toString'])('keeps "%s" as a plain own key', (key) => {
    const text = `{"${key}": {"polluted": true}}`;
    const root = parseJson(text).root;
    if (root === undefined) throw new Error('did not parse');
    const value = toJsonValue(root) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual([key]);
    expect(value).toEqual(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

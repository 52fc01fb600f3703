import { describe, expect, it } from 'vitest';
import { fromValue } from './from-value.js';
import { toJsonValue } from './json-node.js';
import { MAX_JSON_DEPTH } from './parse-json.js';

describe('fromValue', () => {
  it('builds span-less nodes for JSON values, numbers with their decimal text', () => {
    expect(fromValue({ a: [1.5, 'x', true, null] })).toEqual({
      kind: 'object',
      members: [
        {
          key: 'a',
          value: {
            kind: 'array',
            items: [
              { kind: 'number', value: 1.5, raw: '1.5' },
              { kind: 'string', value: 'x' },
              { kind: 'boolean', value: true },
              { kind: 'null' },
            ],
          },
        },
      ],
    });
  });

  it('turns what JSON cannot carry into null', () => {
    const values: unknown[] = [undefined, () => 1, Symbol('s'), 10n, Number.NaN, Number.POSITIVE_INFINITY];
    expect(values.map((v) => fromValue(v).kind)).toEqual(['null', 'null', 'null', 'null', 'null', 'null']);
  });

  it('keeps object keys in insertion order', () => {
    expect(toJsonValue(fromValue({ b: 1, a: 2 }))).toEqual({ b: 1, a: 2 });
    expect(Object.keys(toJsonValue(fromValue({ b: 1, a: 2 })) as object)).toEqual(['b', 'a']);
  });

  it('cuts nesting past the depth limit to null', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < MAX_JSON_DEPTH + 5; i++) deep = [deep];
    let node = fromValue(deep);
    let depth = 0;
    while (node.kind === 'array' && node.items[0] !== undefined) {
      node = node.items[0];
      depth++;
    }
    expect([depth, node.kind]).toEqual([MAX_JSON_DEPTH, 'null']);
  });

  it('stops a self-reference at the depth limit', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(fromValue(cyclic).kind).toBe('object');
  });
});

import type { JsonNode } from './json-node.js';
import { MAX_JSON_DEPTH } from './parse-json.js';

/**
 * Builds a span-less tree from a JavaScript value (the library accepts a policy object as well
 * as text). Values JSON cannot carry (undefined, functions, symbols, bigints, cycles, and nesting
 * past MAX_JSON_DEPTH) become null, as JSON.stringify would drop or reject them.
 */
export function fromValue(value: unknown, depth = 0): JsonNode {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value, raw: String(value) } : { kind: 'null' };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value === null || typeof value !== 'object' || depth >= MAX_JSON_DEPTH) return { kind: 'null' };
  if (Array.isArray(value))
    return { kind: 'array', items: value.map((item: unknown) => fromValue(item, depth + 1)) };
  const members = Object.keys(value).map((key) => ({
    key,
    value: fromValue((value as Record<string, unknown>)[key], depth + 1),
  }));
  return { kind: 'object', members };
}

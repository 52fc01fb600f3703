import type { JsonNode } from './json-node.js';
import { MAX_JSON_DEPTH } from './parse-json.js';

/** More nodes than any policy (or a 1 MB paste) has; caps objects that share references exponentially. */
const MAX_NODES = 1_000_000;

/**
 * Builds a span-less tree from a JavaScript value (the library accepts a policy object as well
 * as text). Values JSON cannot carry become null, as JSON.stringify would drop or reject them:
 * undefined, functions, symbols, bigints, non-finite numbers, cycles, nesting past
 * MAX_JSON_DEPTH, and anything past MAX_NODES.
 */
export function fromValue(value: unknown): JsonNode {
  return convert(value, { ancestors: new Set(), budget: MAX_NODES });
}

interface Walk {
  readonly ancestors: Set<object>;
  budget: number;
}

function convert(value: unknown, walk: Walk): JsonNode {
  if (--walk.budget < 0) return { kind: 'null' };
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value, raw: String(value) } : { kind: 'null' };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value === null || typeof value !== 'object') return { kind: 'null' };
  if (walk.ancestors.has(value) || walk.ancestors.size >= MAX_JSON_DEPTH) return { kind: 'null' };
  walk.ancestors.add(value);
  const node: JsonNode = Array.isArray(value)
    ? { kind: 'array', items: value.map((item: unknown) => convert(item, walk)) }
    : {
        kind: 'object',
        members: Object.keys(value).map((key) => ({
          key,
          value: convert((value as Record<string, unknown>)[key], walk),
        })),
      };
  walk.ancestors.delete(value);
  return node;
}

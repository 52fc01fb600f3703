/**
 * A JSON value with source spans. Keeps what `JSON.parse` throws away: where each key and
 * value sits, duplicate keys (every member stays, in order), and the raw text of numbers.
 */

/** Half-open range of UTF-16 code units in the source text (JS string indices, Monaco offsets). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

interface NodeBase {
  /** Absent when the node was built from a JavaScript value rather than text. */
  readonly span?: Span;
}

export interface JsonObjectNode extends NodeBase {
  readonly kind: 'object';
  readonly members: readonly JsonMember[];
}

export interface JsonMember {
  readonly key: string;
  readonly keySpan?: Span;
  readonly value: JsonNode;
}

export interface JsonArrayNode extends NodeBase {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
}

export interface JsonStringNode extends NodeBase {
  readonly kind: 'string';
  readonly value: string;
}

export interface JsonNumberNode extends NodeBase {
  readonly kind: 'number';
  readonly value: number;
  /** The number as written ("1.50"), which is what IAM compares as text. */
  readonly raw: string;
}

export interface JsonBooleanNode extends NodeBase {
  readonly kind: 'boolean';
  readonly value: boolean;
}

export interface JsonNullNode extends NodeBase {
  readonly kind: 'null';
}

export type JsonNode =
  | JsonObjectNode
  | JsonArrayNode
  | JsonStringNode
  | JsonNumberNode
  | JsonBooleanNode
  | JsonNullNode;

export type JsonScalarNode = JsonStringNode | JsonNumberNode | JsonBooleanNode;

/** Plain JSON data, as JSON.parse returns it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The last member with this key (what JSON.parse and, leniently, the evaluator use). */
export function getMember(node: JsonObjectNode, key: string): JsonMember | undefined {
  const members = node.members;
  for (let i = members.length - 1; i >= 0; i--) {
    const member = members[i];
    if (member !== undefined && member.key === key) return member;
  }
  return undefined;
}

export function isScalar(node: JsonNode): node is JsonScalarNode {
  return node.kind === 'string' || node.kind === 'number' || node.kind === 'boolean';
}

/** The text IAM compares for a scalar: strings as is, numbers as written, booleans as true/false. */
export function scalarText(node: JsonScalarNode): string {
  switch (node.kind) {
    case 'string':
      return node.value;
    case 'number':
      return node.raw;
    case 'boolean':
      return node.value ? 'true' : 'false';
  }
}

/** Converts back to plain data; for duplicate keys the last one wins, as in JSON.parse. */
export function toJsonValue(node: JsonNode): JsonValue {
  switch (node.kind) {
    case 'object': {
      const out: { [key: string]: JsonValue } = {};
      for (const member of node.members) {
        // defineProperty: a "__proto__" key must become data, never the prototype.
        Object.defineProperty(out, member.key, {
          value: toJsonValue(member.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'array':
      return node.items.map(toJsonValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** Type name for messages: "an object", "a string", ... */
export function describeKind(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'null':
      return 'null';
  }
}

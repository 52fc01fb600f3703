import type { JsonNode, Span } from './json-node.js';

/** Structural location: property names and array indices from the document root. */
export type JsonPath = readonly (string | number)[];

/** Whether a location means a property's key ("unknown element Resource") or its value. */
export type PathTarget = 'key' | 'value';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Readable path: `Statement[0].Condition.StringEquals["sts:ExternalId"]`.
 * Escaping rule: a property name that is not a plain identifier is written as a JSON string in
 * brackets, so `parsePath(formatPath(p))` round-trips every path.
 */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Inverse of formatPath; undefined when the text is not a path it could have produced. */
export function parsePath(text: string): JsonPath | undefined {
  const path: (string | number)[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '[') {
      if (text[i + 1] === '"') {
        const end = findStringEnd(text, i + 1);
        if (end === undefined || text[end + 1] !== ']') return undefined;
        try {
          const key: unknown = JSON.parse(text.slice(i + 1, end + 1));
          if (typeof key !== 'string') return undefined;
          path.push(key);
        } catch {
          return undefined;
        }
        i = end + 2;
      } else {
        const close = text.indexOf(']', i);
        const digits = text.slice(i + 1, close);
        if (close < 0 || !/^(0|[1-9][0-9]*)$/.test(digits)) return undefined;
        path.push(Number(digits));
        i = close + 1;
      }
    } else {
      if (ch === '.') {
        if (path.length === 0) return undefined;
        i++;
      } else if (path.length > 0) {
        return undefined;
      }
      const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(i));
      if (match === null) return undefined;
      path.push(match[0]);
      i += match[0].length;
    }
  }
  return path;
}

function findStringEnd(text: string, openQuote: number): number | undefined {
  for (let i = openQuote + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return undefined;
}

/** The node at `path`, following the last member for duplicate keys. */
export function nodeAt(root: JsonNode, path: JsonPath): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const segment of path) {
    if (node === undefined) return undefined;
    if (typeof segment === 'number') node = node.kind === 'array' ? node.items[segment] : undefined;
    else if (node.kind === 'object') node = lastMember(node, segment)?.value;
    else return undefined;
  }
  return node;
}

function lastMember(node: JsonNode & { kind: 'object' }, key: string) {
  for (let i = node.members.length - 1; i >= 0; i--) if (node.members[i]?.key === key) return node.members[i];
  return undefined;
}

/** Span of the key or the value at `path`; falls back to the nearest ancestor that has one. */
export function spanAt(root: JsonNode, path: JsonPath, target: PathTarget = 'value'): Span | undefined {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    const last = prefix[prefix.length - 1];
    if (target === 'key' && length === path.length && typeof last === 'string') {
      const parent = nodeAt(root, prefix.slice(0, -1));
      if (parent?.kind === 'object') {
        const member = lastMember(parent, last);
        if (member?.keySpan !== undefined) return member.keySpan;
      }
    }
    const span = nodeAt(root, prefix)?.span;
    if (span !== undefined) return span;
  }
  return undefined;
}

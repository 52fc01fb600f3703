import type { JsonNode, JsonObjectNode } from '@trustwright/core';

/** The last member with this key (duplicate keys: the last one wins, as in JSON.parse). */
export function getMemberOf(node: JsonObjectNode, key: string): JsonNode | undefined {
  for (let i = node.members.length - 1; i >= 0; i--) {
    const member = node.members[i];
    if (member !== undefined && member.key === key) return member.value;
  }
  return undefined;
}

export function stringMember(node: JsonNode | undefined, key: string): string | undefined {
  if (node?.kind !== 'object') return undefined;
  const value = getMemberOf(node, key);
  return value?.kind === 'string' ? value.value : undefined;
}

/** Adds `offset` to every span of a tree (a value parsed on its own, placed back in its file). */
export function shiftSpans(node: JsonNode, offset: number): JsonNode {
  if (offset === 0) return node;
  const span =
    node.span === undefined ? undefined : { start: node.span.start + offset, end: node.span.end + offset };
  const withSpan = span === undefined ? {} : { span };
  switch (node.kind) {
    case 'object':
      return {
        kind: 'object',
        ...withSpan,
        members: node.members.map((m) => ({
          key: m.key,
          ...(m.keySpan === undefined
            ? {}
            : { keySpan: { start: m.keySpan.start + offset, end: m.keySpan.end + offset } }),
          value: shiftSpans(m.value, offset),
        })),
      };
    case 'array':
      return { kind: 'array', ...withSpan, items: node.items.map((i) => shiftSpans(i, offset)) };
    default:
      return { ...node, ...withSpan };
  }
}

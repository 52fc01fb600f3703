import { type JsonNode, type JsonPath, type Span, spanAt } from '@trustwright/core';

/**
 * What to highlight for a path: the whole member (`"aws:SourceIp": [...]`) when the path ends
 * at an object key, so the reader sees what is compared with what; otherwise the value.
 */
export function memberSpan(root: JsonNode, path: JsonPath): Span | undefined {
  const value = spanAt(root, path);
  const key = typeof path[path.length - 1] === 'string' ? spanAt(root, path, 'key') : undefined;
  if (value === undefined || key === undefined || key.start >= value.start) return value;
  return { start: key.start, end: value.end };
}

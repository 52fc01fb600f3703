import type { SyntaxNode } from '@lezer/common';
import type { JsonNode, JsonPath } from '@trustwright/core';
import type { DecodedText } from '../json/decoded-text.js';
import { decodeQuoted, snippet } from './hcl.js';

/** A `${...}` inside a heredoc: where it is in the decoded text, and in the file. */
export interface Interpolation {
  readonly decodedStart: number;
  readonly from: number;
  readonly to: number;
  readonly expression: string;
  readonly placeholder: string;
}

/**
 * A heredoc's (or quoted template's) body as text with a table back to the file. Interpolations stay as written; one
 * that stands outside a JSON string (`"AWS": ${jsonencode(var.arns)}`) is quoted, so the JSON
 * still parses and the value shows as a placeholder string. Leading indentation (`<<-`) is kept:
 * it is insignificant in JSON, and keeping it keeps every offset exact.
 */
export function decodeTemplate(
  node: SyntaxNode,
  source: string,
): { decoded: DecodedText; interpolations: Interpolation[] } {
  const heredoc = node.name === 'HeredocTemplate';
  const units: string[] = [];
  const offsets: number[] = [];
  const interpolations: Interpolation[] = [];
  let inString = false;
  let escaped = false;
  const ids = node.getChildren(heredoc ? 'HeredocIdentifier' : 'QuotedTemplateStart');
  const open = ids[0];
  const close = heredoc
    ? ids.length > 1
      ? ids[ids.length - 1]
      : undefined
    : (node.getChild('QuotedTemplateEnd') ?? undefined);
  let bodyStart = open?.to ?? node.from;
  if (heredoc && source[bodyStart] === '\r') bodyStart++;
  if (heredoc && source[bodyStart] === '\n') bodyStart++;
  const bodyEnd = close?.from ?? node.to;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.to <= bodyStart || child.from >= bodyEnd) continue;
    if (child.name === 'TemplateLiteral') {
      const chunk = decodeQuoted(
        source,
        Math.max(child.from, bodyStart),
        Math.min(child.to, bodyEnd),
        !heredoc,
      );
      for (let k = 0; k < chunk.text.length; k++) {
        const c = chunk.text[k] ?? '';
        if (escaped) escaped = false;
        else if (c === '\\' && inString) escaped = true;
        else if (c === '"') inString = !inString;
        units.push(c);
        offsets.push(chunk.offsets[k] ?? child.from);
      }
    } else if (
      child.name !== 'HeredocStart' &&
      child.name !== 'HeredocIdentifier' &&
      !child.name.startsWith('Quoted')
    ) {
      const written = source.slice(child.from, child.to);
      // Escaped for JSON either way: the decoded value is the expression exactly as written.
      const escapedText = written.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
      const placeholder = inString ? escapedText : `"${escapedText}"`;
      interpolations.push({
        decodedStart: units.length,
        from: child.from,
        to: child.to,
        expression: snippet(source, child),
        placeholder: written,
      });
      for (let k = 0; k < placeholder.length; k++) {
        units.push(placeholder[k] ?? '');
        offsets.push(Math.min(child.from + Math.max(0, k - (inString ? 0 : 1)), child.to - 1));
      }
    }
  }
  offsets.push(bodyEnd);
  return { decoded: { text: units.join(''), table: Int32Array.from(offsets) }, interpolations };
}

/** The path of the innermost value whose span holds `offset` (tree coordinates). */
export function pathAt(root: JsonNode, offset: number): JsonPath {
  const path: (string | number)[] = [];
  let node: JsonNode = root;
  for (;;) {
    const inside = (n: JsonNode) => n.span !== undefined && n.span.start <= offset && offset < n.span.end;
    if (node.kind === 'object') {
      const member = node.members.find((m) => inside(m.value));
      if (member === undefined) return path;
      path.push(member.key);
      node = member.value;
    } else if (node.kind === 'array') {
      const index = node.items.findIndex(inside);
      if (index < 0) return path;
      path.push(index);
      node = node.items[index] as JsonNode;
    } else return path;
  }
}

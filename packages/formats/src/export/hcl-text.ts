/** HCL literals for generated Terraform: strings with escapes, objects, tuples. */

/**
 * A quoted HCL string. Backslash escapes for quotes, backslashes and control characters, and
 * `$${` / `%%{` so that text such as an IAM policy variable `${aws:username}` stays literal.
 */
export function hclString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    const code = value.charCodeAt(i);
    if (c === '\\') out += '\\\\';
    else if (c === '"') out += '\\"';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if ((c === '$' || c === '%') && value[i + 1] === '{') out += `${c}${c}`;
    // "$$${" would be ambiguous; a "$" (or "%") before another one is written as a \u escape.
    else if ((c === '$' || c === '%') && value[i + 1] === c)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);

export function hclKey(key: string): string {
  return IDENTIFIER.test(key) && !RESERVED.has(key) ? key : hclString(key);
}

/** A JSON value as an HCL expression (what `jsonencode` turns back into the same JSON). */
export function hclValue(value: unknown, indent: string): string {
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null || value === undefined) return 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${hclValue(v, inner)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${hclKey(k)} = ${hclValue(v, inner)}\n`).join('')}${indent}}`;
}

import type { Span } from '@trustwright/core';

/**
 * Text decoded from a source (a JSON string literal, URL encoding, a heredoc body) with, for
 * each decoded code unit, its offset in the source file: `table[i]` for unit `i`, and one more
 * entry for the end. This is what keeps a finding's place exact after decoding.
 */
export interface DecodedText {
  readonly text: string;
  readonly table: Int32Array;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Decodes a JSON string literal (quotes included in `span`); undefined when an escape is invalid. */
export function decodeJsonString(source: string, span: Span): DecodedText | undefined {
  const raw = source.slice(span.start + 1, span.end - 1);
  if (raw.indexOf('\\') < 0) {
    // No escapes (a URL-encoded policy never has any): every character is itself.
    const table = new Int32Array(raw.length + 1);
    for (let i = 0; i <= raw.length; i++) table[i] = span.start + 1 + i;
    return { text: raw, table };
  }
  const units: string[] = [];
  const offsets: number[] = [];
  const end = span.end - 1;
  for (let p = span.start + 1; p < end; ) {
    const c = source[p] ?? '';
    if (c !== '\\') {
      units.push(c);
      offsets.push(p);
      p++;
      continue;
    }
    const e = source[p + 1] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      units.push(simple);
      offsets.push(p);
      p += 2;
    } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(p + 2, p + 6))) {
      units.push(String.fromCharCode(Number.parseInt(source.slice(p + 2, p + 6), 16)));
      offsets.push(p);
      p += 6;
    } else {
      return undefined;
    }
  }
  offsets.push(end);
  return { text: units.join(''), table: Int32Array.from(offsets) };
}

/**
 * RFC 3986 percent-decoding (how IAM returns policy documents; `+` stays `+`). The `%XX`
 * triples of one UTF-8 character are decoded together, and the character maps to its first
 * triple. Undefined when the bytes are not valid UTF-8.
 */
export function percentDecode(input: DecodedText): DecodedText | undefined {
  const { text, table } = input;
  let decoded: string;
  try {
    // The text itself from the native decoder; only the table is built here.
    decoded = decodeURIComponent(text);
  } catch {
    return undefined;
  }
  const out = new Int32Array(decoded.length + 1);
  let o = 0;
  for (let i = 0; i < text.length && o < decoded.length; ) {
    if (text.charCodeAt(i) !== 37 /* % */) {
      out[o++] = table[i] ?? 0;
      i++;
      continue;
    }
    const lead = hexByte(text, i) ?? 0;
    const bytes = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    // A four-byte character is two UTF-16 code units; the others are one.
    const units = bytes === 4 ? 2 : 1;
    for (let k = 0; k < units; k++) out[o++] = table[i] ?? 0;
    i += 3 * bytes;
  }
  out[decoded.length] = table[text.length] ?? table[table.length - 1] ?? 0;
  return { text: decoded, table: out };
}

function hexByte(text: string, at: number): number | undefined {
  const hex = text.slice(at + 1, at + 3);
  return /^[0-9a-fA-F]{2}$/.test(hex) ? Number.parseInt(hex, 16) : undefined;
}

/** Whether a policy string is percent-encoded rather than JSON text (`%7B...` instead of `{...}`). */
export function looksPercentEncoded(text: string): boolean {
  return /^\s*%7[Bb]/.test(text);
}

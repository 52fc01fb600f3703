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
 * RFC 3986 percent-decoding (how IAM returns policy documents; `+` stays `+`). Each run of
 * `%XX` triples is decoded as UTF-8 together; its characters map to the run's first triple.
 * Undefined when a run is not valid UTF-8.
 */
export function percentDecode(input: DecodedText): DecodedText | undefined {
  const { text, table } = input;
  const units: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) !== 37 /* % */) {
      units.push(text[i] ?? '');
      offsets.push(table[i] ?? 0);
      i++;
      continue;
    }
    let j = i;
    while (text.charCodeAt(j) === 37 && /^[0-9a-fA-F]{2}$/.test(text.slice(j + 1, j + 3))) j += 3;
    if (j === i) return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(text.slice(i, j));
    } catch {
      return undefined;
    }
    for (let k = 0; k < decoded.length; k++) {
      units.push(decoded[k] ?? '');
      offsets.push(table[i] ?? 0);
    }
    i = j;
  }
  offsets.push(table[text.length] ?? table[table.length - 1] ?? 0);
  return { text: units.join(''), table: Int32Array.from(offsets) };
}

/** Whether a policy string is percent-encoded rather than JSON text (`%7B...` instead of `{...}`). */
export function looksPercentEncoded(text: string): boolean {
  return /^\s*%7[Bb]/.test(text);
}

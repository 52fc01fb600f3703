/**
 * Base64url without padding (RFC 4648 §5). Written here rather than with btoa/atob because
 * those work on "binary strings" and are not in the ES library this package compiles against;
 * this alphabet also needs no percent-encoding anywhere in a URL fragment.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character code -> 6-bit value, or -1 for a character outside the alphabet. */
const VALUES: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export function encodeBase64url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    const left = bytes.length - i;
    chunk += ALPHABET[(n >> 18) & 63];
    chunk += ALPHABET[(n >> 12) & 63];
    if (left > 1) chunk += ALPHABET[(n >> 6) & 63];
    if (left > 2) chunk += ALPHABET[n & 63];
    // Joining pieces keeps the string concatenation linear for large inputs.
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

export type Base64Result =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'bad-character'; readonly position: number }
  | { readonly ok: false; readonly reason: 'bad-length' };

/**
 * Strict decoding: only the 64 characters of the alphabet, no padding, no whitespace. The unused
 * low bits of the last character are ignored, as RFC 4648 allows: rejecting them would report a
 * cut-off link as damaged instead of incomplete.
 */
export function decodeBase64url(text: string): Base64Result {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (v < 0) return { ok: false, reason: 'bad-character', position: i };
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  // One leftover character carries only 6 bits, less than a byte: no encoder writes that length,
  // so the text lost characters. Checked after the alphabet, so a damaged link reads as damaged.
  if (text.length % 4 === 1) return { ok: false, reason: 'bad-length' };
  return { ok: true, bytes: out.subarray(0, o) };
}

import { deflateSync, FlateErrorCode, Inflate } from 'fflate';
import { SHARE_DICTIONARY_V1_BYTES } from './dictionary.js';

/** Raw DEFLATE (no zlib header or checksum: 6 bytes saved) at the best level, with the v1 dictionary. */
export function deflatePayload(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9, dictionary: SHARE_DICTIONARY_V1_BYTES });
}

/**
 * How much compressed input is fed to the inflater at a time. DEFLATE expands at most about
 * 1,032 to 1 (a 258-byte match in two 1-bit codes), so one step produces at most ~130 KB, and the
 * output can overshoot the limit by no more than that before the counter stops it.
 */
export const INFLATE_STEP_BYTES = 128;

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large'; readonly produced: number }
  | { readonly ok: false; readonly reason: 'truncated' }
  | { readonly ok: false; readonly reason: 'corrupt'; readonly detail: string };

/**
 * Inflates with the output counted as it is produced. A one-shot `inflateSync` would allocate the
 * whole output of a decompression bomb before anyone could look at its size; the streaming
 * inflater fed in small steps lets the counter abort after at most `limit` plus one step's output.
 */
export function inflatePayload(compressed: Uint8Array, limit: number): InflateResult {
  if (compressed.length === 0) return { ok: false, reason: 'truncated' };
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let over = false;
  const inflater = new Inflate({ dictionary: SHARE_DICTIONARY_V1_BYTES }, (chunk) => {
    produced += chunk.length;
    if (produced > limit) over = true;
    else if (chunk.length > 0) chunks.push(chunk);
  });
  try {
    for (let start = 0; start < compressed.length; start += INFLATE_STEP_BYTES) {
      const end = Math.min(start + INFLATE_STEP_BYTES, compressed.length);
      inflater.push(compressed.subarray(start, end), end === compressed.length);
      if (over) return { ok: false, reason: 'too-large', produced };
    }
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code === FlateErrorCode.UnexpectedEOF) return { ok: false, reason: 'truncated' };
    const detail = error instanceof Error ? error.message : 'unreadable data';
    return { ok: false, reason: 'corrupt', detail };
  }
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes: out };
}

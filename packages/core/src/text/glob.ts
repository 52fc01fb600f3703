/**
 * IAM wildcard matching: `*` is any run of characters (including none), `?` exactly one.
 * Hand-written instead of a RegExp so a hostile pattern such as `*a*a*a*…b` cannot trigger
 * catastrophic backtracking: matching is O(text × pattern) at worst.
 */

/** A pattern part: literal text, or one of the two wildcards. */
export type GlobPart = string | typeof ANY_RUN | typeof ANY_CHAR;
export const ANY_RUN = 0;
export const ANY_CHAR = 1;

type Piece = string | typeof ANY_CHAR;

interface Segment {
  readonly pieces: readonly Piece[];
  readonly length: number;
}

export interface Glob {
  /** Set when the pattern has no wildcard: plain (optionally case-folded) equality. */
  readonly exact: string | undefined;
  readonly ignoreCase: boolean;
  readonly hasRun: boolean;
  /** Split at each `*`: the first must match at the start, the last at the end. */
  readonly segments: readonly Segment[];
}

/** Parses `*` and `?` in `pattern` as wildcards. */
export function globParts(pattern: string): GlobPart[] {
  const parts: GlobPart[] = [];
  let literal = '';
  for (const ch of pattern) {
    if (ch === '*' || ch === '?') {
      if (literal !== '') parts.push(literal);
      literal = '';
      parts.push(ch === '*' ? ANY_RUN : ANY_CHAR);
    } else {
      literal += ch;
    }
  }
  if (literal !== '') parts.push(literal);
  return parts;
}

export function compileGlob(parts: readonly GlobPart[], ignoreCase = false): Glob {
  const segments: Segment[] = [];
  let pieces: Piece[] = [];
  let length = 0;
  let hasRun = false;
  let hasWildcard = false;
  for (const part of parts) {
    if (part === ANY_RUN) {
      segments.push({ pieces, length });
      pieces = [];
      length = 0;
      hasRun = true;
      hasWildcard = true;
    } else if (part === ANY_CHAR) {
      pieces.push(ANY_CHAR);
      length++;
      hasWildcard = true;
    } else {
      const text = ignoreCase ? part.toLowerCase() : part;
      const previous = pieces[pieces.length - 1];
      if (typeof previous === 'string') pieces[pieces.length - 1] = previous + text;
      else pieces.push(text);
      length += text.length;
    }
  }
  segments.push({ pieces, length });
  const exact = hasWildcard ? undefined : ((segments[0]?.pieces[0] as string | undefined) ?? '');
  return { exact, ignoreCase, hasRun, segments };
}

export function matchGlob(glob: Glob, input: string): boolean {
  const text = glob.ignoreCase ? input.toLowerCase() : input;
  if (glob.exact !== undefined) return text === glob.exact;
  const segments = glob.segments;
  const first = segments[0] as Segment;
  if (!glob.hasRun) return text.length === first.length && segmentAt(first, text, 0);
  const last = segments[segments.length - 1] as Segment;
  const suffixStart = text.length - last.length;
  if (suffixStart < first.length || !segmentAt(first, text, 0) || !segmentAt(last, text, suffixStart))
    return false;
  // Middle segments: earliest occurrence left to right is always safe, since `*` absorbs the rest.
  let position = first.length;
  for (let s = 1; s < segments.length - 1; s++) {
    const segment = segments[s] as Segment;
    let found = -1;
    for (let i = position; i + segment.length <= suffixStart; i++) {
      if (segmentAt(segment, text, i)) {
        found = i;
        break;
      }
    }
    if (found < 0) return false;
    position = found + segment.length;
  }
  return true;
}

function segmentAt(segment: Segment, text: string, start: number): boolean {
  let i = start;
  for (const piece of segment.pieces) {
    if (piece === ANY_CHAR) {
      if (i >= text.length) return false;
      i++;
    } else {
      if (!text.startsWith(piece, i)) return false;
      i += piece.length;
    }
  }
  return i <= text.length;
}

/** Shows a pattern as IAM writes it (wildcards as * and ?). */
export function formatGlobParts(parts: readonly GlobPart[]): string {
  return parts.map((p) => (p === ANY_RUN ? '*' : p === ANY_CHAR ? '?' : p)).join('');
}

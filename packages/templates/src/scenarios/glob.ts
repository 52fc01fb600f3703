/**
 * StringLike matching (`*` any run including none, `?` exactly one character, case-sensitive),
 * used to pick near-miss values that a pattern really does not match.
 */
export function globMatch(pattern: string, value: string): boolean {
  let source = '^';
  for (const ch of pattern) {
    if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`${source}$`, 'u').test(value);
}

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** A concrete value the pattern matches: every `*` becomes `x1`, every `?` becomes `x`. */
export function exampleOf(pattern: string): string {
  return pattern.replaceAll('*', 'x1').replaceAll('?', 'x');
}

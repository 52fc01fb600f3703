/**
 * Whether JSON text nests arrays and objects deeper than `maxDepth`, found with one linear scan
 * that allocates nothing. It runs before `JSON.parse`, so no engine's parser ever sees a
 * pathologically deep document (some recurse and can overflow the stack), and the validator,
 * which does recurse, only meets bounded depth. It need not validate: JSON.parse does that next.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > maxDepth) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}

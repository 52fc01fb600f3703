import { compileGlob, type Glob, globParts, matchGlob } from '../text/glob.js';
import { STS_ACTIONS, type StsAction } from './sts-actions.js';

const patternCache = new Map<string, Glob>();

/** Action names are case-insensitive in IAM, wildcards included (`STS:assume*`). Memoized. */
export function compileActionPattern(pattern: string): Glob {
  let glob = patternCache.get(pattern);
  if (glob === undefined) {
    if (patternCache.size >= 1024) patternCache.clear();
    glob = compileGlob(globParts(pattern), true);
    patternCache.set(pattern, glob);
  }
  return glob;
}

export function matchAction(pattern: Glob, action: string): boolean {
  return matchGlob(pattern, action);
}

/** Which of the six STS actions a pattern covers (for the linter and plain-words views). */
export function expandActionPattern(pattern: string): StsAction[] {
  const glob = compileActionPattern(pattern);
  return STS_ACTIONS.filter((a) => matchGlob(glob, a));
}

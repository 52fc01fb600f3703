import { describe, expect, it } from 'vitest';
import cases from './glob.cases.json' with { type: 'json' };
import { ANY_CHAR, ANY_RUN, compileGlob, formatGlobParts, globParts, matchGlob } from './glob.js';

interface GlobRow {
  name: string;
  pattern: string;
  text: string;
  ignoreCase?: boolean;
  expected: boolean;
}

const table: readonly GlobRow[] = cases;

const matches = (pattern: string, text: string, ignoreCase = false): boolean =>
  matchGlob(compileGlob(globParts(pattern), ignoreCase), text);

describe('matchGlob', () => {
  it.each(table)('$name', ({ pattern, text, ignoreCase, expected }) => {
    expect(matches(pattern, text, ignoreCase)).toBe(expected);
  });

  it('a hostile pattern (40 × "*a" then "b") against 5,000 a’s finishes and fails', () => {
    expect(matches(`${'*a'.repeat(40)}b`, 'a'.repeat(5000))).toBe(false);
  });

  it('a hostile pattern with a trailing star (40 × "a*" then "b*") finishes and fails', () => {
    expect(matches(`${'a*'.repeat(40)}b*`, 'a'.repeat(5000))).toBe(false);
  });

  it('the same hostile pattern succeeds when the text ends as asked', () => {
    expect(matches(`${'*a'.repeat(40)}b`, `${'a'.repeat(5000)}b`)).toBe(true);
  });
});

describe('globParts and formatGlobParts', () => {
  it('splits a pattern into literals and wildcards', () => {
    expect(globParts('arn:*:role/??x')).toEqual(['arn:', ANY_RUN, ':role/', ANY_CHAR, ANY_CHAR, 'x']);
  });

  it('keeps an emoji whole inside a literal', () => {
    expect(globParts('a😀*')).toEqual(['a😀', ANY_RUN]);
  });

  it('formats parts back to the pattern as written', () => {
    for (const pattern of ['', '*', 'a*b?c', '**??', 'plain'])
      expect(formatGlobParts(globParts(pattern))).toBe(pattern);
  });

  it('a pattern without wildcards compiles to an exact string, folded when ignoring case', () => {
    expect(compileGlob(globParts('Sts:AssumeRole'), true).exact).toBe('sts:assumerole');
    expect(compileGlob(globParts('sts:*')).exact).toBeUndefined();
  });

  it('a literal part holding * (from an escape or a variable) is not a wildcard', () => {
    const glob = compileGlob(['a*b']);
    expect(matchGlob(glob, 'a*b')).toBe(true);
    expect(matchGlob(glob, 'axxb')).toBe(false);
  });
});

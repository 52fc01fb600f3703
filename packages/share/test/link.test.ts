import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareFragment,
  LONG_LINK_WARNING_CHARS,
  linkSizeAdvice,
  type ShareState,
  shareUrl,
} from '../src/index.js';

const state: ShareState = { policyText: '{}', scenarios: [], view: 'review' };
const fragment = encodeShareFragment(state);

describe('shareUrl', () => {
  it.each([
    ['https://tw.example/', 'https://tw.example/'],
    [
      'https://tw.example/tools/trustwright/index.html?lang=en&x=%20y',
      'https://tw.example/tools/trustwright/index.html?lang=en&x=%20y',
    ],
    ['https://tw.example/app/#v1.old&view=review', 'https://tw.example/app/'],
    ['https://tw.example/app/?q=1#section#more', 'https://tw.example/app/?q=1'],
    ['file:///home/me/dist/index.html', 'file:///home/me/dist/index.html'],
  ])('keeps path and query of %s and sets only the fragment', (baseHref, kept) => {
    expect(shareUrl(baseHref, state)).toBe(`${kept}#${fragment}`);
  });

  it('gives a link whose fragment decodes to the state', () => {
    const url = shareUrl('https://tw.example/?a=b', state);
    const result = decodeShareFragment(url.slice(url.indexOf('#')));
    expect(result.ok && result.state).toEqual(state);
  });
});

describe('linkSizeAdvice', () => {
  it('is quiet up to the warning length', () => {
    expect(LONG_LINK_WARNING_CHARS).toBe(8000);
    expect(linkSizeAdvice('x'.repeat(8000))).toEqual({ chars: 8000, long: false, message: undefined });
  });

  it('warns above it and suggests the trust file', () => {
    const advice = linkSizeAdvice('x'.repeat(8001));
    expect(advice.long).toBe(true);
    expect(advice.chars).toBe(8001);
    expect(advice.message).toContain('8,001 characters');
    expect(advice.message).toContain('.trust.json');
  });
});

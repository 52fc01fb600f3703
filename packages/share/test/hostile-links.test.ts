import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, SHARE_ERROR_CODES, type ShareErrorCode } from '../src/index.js';

interface CorpusEntry {
  readonly name: string;
  readonly fragment: string;
  readonly expect: 'ok' | 'error';
  readonly code?: ShareErrorCode;
  /** For a v2 review link: the new version opens, and the old one (`&base=`) fails with this code. */
  readonly baseError?: ShareErrorCode;
  readonly note: string;
}

const corpus: CorpusEntry[] = JSON.parse(
  readFileSync(new URL('./hostile-links.json', import.meta.url), 'utf8'),
);

describe('hostile link corpus', () => {
  it('is large and covers what the issue lists', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((e) => e.name)).size).toBe(corpus.length);
    const codes = new Set(corpus.map((e) => e.code));
    for (const code of SHARE_ERROR_CODES) expect(codes).toContain(code);
    for (const field of [
      'policyText',
      'role',
      'scenario-name',
      'request-action',
      'request-principal',
      'context-key',
      'context-value',
      'selected-name',
    ])
      for (const kind of ['script', 'img-onerror', 'svg-onload', 'javascript-url'])
        expect(corpus.map((e) => e.name)).toContain(`markup-${kind}-in-${field}`);
    expect(corpus.some((e) => e.name.startsWith('bomb-') && e.fragment.length < 65_536)).toBe(true);
    // Format v2: a damaged old version of every kind, and markup in the new fields.
    const baseCodes = new Set(corpus.map((e) => e.baseError).filter((c) => c !== undefined));
    for (const code of ['truncated', 'corrupt', 'invalid-state', 'too-large'] as const)
      expect(baseCodes).toContain(code);
    for (const field of ['base-policy', 'caller-policies'])
      for (const kind of ['script', 'img-onerror', 'svg-onload', 'javascript-url'])
        expect(corpus.map((e) => e.name)).toContain(`markup-${kind}-in-${field}`);
  });

  it.each(corpus)('$name: $expect $code', (entry) => {
    const result = decodeShareFragment(entry.fragment);
    if (entry.expect === 'ok') {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.state.baseError?.code).toBe(entry.baseError);
      if (result.state.baseError !== undefined) {
        expect(result.state.base).toBeUndefined();
        expect(result.state.baseError.message).toContain('the new version was loaded');
        expect(result.state.baseError.message).not.toMatch(/[<>]|script|alert|javascript|proto|constructor/i);
      }
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(entry.code);
    // Messages come from Trustwright's own sentences: nothing from the link is repeated in them.
    expect(result.error.message).not.toMatch(/[<>]|script|alert|javascript|proto|constructor|9{10}/i);
  });

  it('gives the same outcome after a browser percent-encodes the fragment, as Playwright will see it', () => {
    // The WHATWG URL fragment percent-encode set: C0 controls, space, ", <, >, ` and everything
    // above U+007E, as UTF-8 (a lone surrogate becomes U+FFFD first).
    const encoded = (c: string) => {
      const code = c.codePointAt(0) ?? 0;
      return code <= 0x20 || code >= 0x7f || '"<>`'.includes(c);
    };
    const asBrowser = (fragment: string) =>
      Array.from(fragment, (c) =>
        encoded(c) ? encodeURIComponent(/^[\ud800-\udfff]$/.test(c) ? '\ufffd' : c) : c,
      ).join('');
    for (const entry of corpus) {
      const direct = decodeShareFragment(entry.fragment);
      const browser = decodeShareFragment(asBrowser(entry.fragment));
      const outcome = (r: typeof direct) => (r.ok ? `ok ${r.state.baseError?.code ?? ''}` : r.error.code);
      expect(outcome(browser), entry.name).toBe(outcome(direct));
    }
  });

  it('keeps markup as plain text, exactly as written', () => {
    const entry = corpus.find((e) => e.name === 'markup-script-in-scenario-name');
    const result = decodeShareFragment(entry?.fragment ?? '');
    expect(result.ok && result.state.scenarios[0]?.name).toBe('<script>alert(document.domain)</script>');
  });

  it('leaves Object.prototype untouched after reading every entry', () => {
    for (const entry of corpus) decodeShareFragment(entry.fragment);
    const probe: { polluted?: unknown; isAdmin?: unknown } = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

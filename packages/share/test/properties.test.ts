import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, SHARE_DECISIONS, type ShareState } from '../src/index.js';

/** Any UTF-16 string, lone surrogates included: the editor's text is not guaranteed well-formed. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
/** Any string of whole code points, astral planes included. */
const unicodeText = fc.string({ unit: 'binary' });

const request = fc.jsonValue({ maxDepth: 4 });
const scenario = fc.record(
  { name: fc.oneof(unicodeText, anyText), request, expect: fc.constantFrom(...SHARE_DECISIONS) },
  { requiredKeys: ['name', 'request'] },
);

const shareState: fc.Arbitrary<ShareState> = fc
  .record(
    {
      policyText: fc.oneof(unicodeText, anyText, fc.json()),
      role: fc.oneof(fc.constant('arn:aws:iam::111122223333:role/R'), unicodeText),
      scenarios: fc.array(scenario, { maxLength: 6 }),
      view: fc.constantFrom('edit' as const, 'review' as const),
    },
    { requiredKeys: ['policyText', 'scenarios'] },
  )
  .chain((s) =>
    fc
      .option(
        s.scenarios.length === 0
          ? fc.string()
          : fc.oneof(fc.nat({ max: s.scenarios.length - 1 }), fc.string({ maxLength: 20 })),
        { nil: undefined },
      )
      .map((selected) => (selected === undefined ? s : { ...s, selected })),
  );

/** What the state means as JSON: requests are JSON values, so -0 reads back as 0. */
function asJson(s: ShareState): ShareState {
  return { ...s, scenarios: JSON.parse(JSON.stringify(s.scenarios)), view: s.view ?? 'edit' };
}

describe('properties', () => {
  it('decode(encode(state)) is the state, the policy text code unit for code unit', () => {
    fc.assert(
      fc.property(shareState, (s) => {
        const result = decodeShareFragment(encodeShareFragment(s));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.state.policyText === s.policyText).toBe(true);
        expect(result.state).toEqual(asJson(s));
      }),
      { numRuns: 300 },
    );
  });

  it('decode never throws on arbitrary strings', () => {
    const fragment = fc.oneof(
      anyText,
      fc.string().map((s) => `v1.${s}`),
      fc.base64String().map((s) => `v1.${s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')}`),
      fc.stringMatching(/^v[0-9]{1,3}\.[A-Za-z0-9_-]{0,200}(&[a-z=]{0,12})?$/),
    );
    fc.assert(
      fc.property(fragment, (f) => {
        const result = decodeShareFragment(f);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a damaged link fails or gives back exactly the original state, never another one', () => {
    fc.assert(
      fc.property(
        shareState,
        fc.nat(),
        fc.constantFrom(...'AQgw_-09azZ'),
        fc.boolean(),
        (s, at, replacement, cut) => {
          const fragment = encodeShareFragment({ ...s, view: 'edit' });
          const i = 3 + (at % (fragment.length - 3));
          const damaged = cut
            ? fragment.slice(0, i)
            : fragment.slice(0, i) + replacement + fragment.slice(i + 1);
          const result = decodeShareFragment(damaged);
          if (cut) expect(result.ok).toBe(false);
          // A replaced character may be the same one, or change only the unused low bits of the
          // last character; then the link still means the same. Anything else the CRC-32 catches.
          else if (result.ok) expect(result.state).toEqual(asJson({ ...s, view: 'edit' }));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('properties of format v2', () => {
  const base = fc.record(
    { policyText: fc.oneof(unicodeText, anyText, fc.json()), role: unicodeText },
    { requiredKeys: ['policyText'] },
  );
  const callerPolicies = fc.dictionary(
    unicodeText,
    fc.dictionary(unicodeText, fc.jsonValue({ maxDepth: 3 })),
    {
      maxKeys: 2,
    },
  );
  const withV2 = fc
    .tuple(shareState, fc.option(base, { nil: undefined }), callerPolicies)
    .map(([s, b, c]): ShareState => {
      // At most one caller-policy entry per scenario.
      const entries = Object.entries(c).slice(0, Math.max(1, s.scenarios.length));
      return {
        ...s,
        ...(b === undefined ? {} : { base: b }),
        ...(entries.length === 0 ? {} : { callerPolicies: Object.fromEntries(entries) }),
      };
    });

  it('decode(encode(state)) is the state, with its base version and caller policies', () => {
    fc.assert(
      fc.property(withV2, (s) => {
        const result = decodeShareFragment(encodeShareFragment(s));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const expected: ShareState = {
          ...asJson(s),
          ...(s.callerPolicies === undefined
            ? {}
            : { callerPolicies: JSON.parse(JSON.stringify(s.callerPolicies)) }),
        };
        expect(result.state).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('damage to the base part never loses the new version: it opens, or the base alone is refused', () => {
    fc.assert(
      fc.property(
        withV2,
        base,
        fc.nat(),
        fc.constantFrom(...'AQgw_-09azZ!%'),
        fc.boolean(),
        (s, b, at, replacement, cut) => {
          const fragment = encodeShareFragment({ ...s, base: b, view: 'edit' });
          const [head = '', baseParam = ''] = fragment.split('&');
          const data = baseParam.slice('base='.length);
          const i = at % (data.length + 1);
          const damaged = cut ? data.slice(0, i) : data.slice(0, i) + replacement + data.slice(i + 1);
          const result = decodeShareFragment(`${head}&base=${damaged}`);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.state.policyText).toBe(s.policyText);
          if (result.state.baseError === undefined)
            expect(result.state.base).toEqual(JSON.parse(JSON.stringify(b)));
          else expect(result.state.base).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

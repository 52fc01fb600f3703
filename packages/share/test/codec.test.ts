import { describe, expect, it } from 'vitest';
import { exampleStates, heldOutStates } from '../bench/states.mjs';
import {
  checkShareState,
  decodeShareFragment,
  encodeShareFragment,
  SHARE_LIMITS,
  ShareEncodeError,
  type ShareState,
} from '../src/index.js';

const state: ShareState = {
  policyText: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}',
  role: 'arn:aws:iam::444455556666:role/Audit',
  scenarios: [
    {
      name: 'first',
      request: { action: 'sts:AssumeRole', principal: { AWS: 'arn:aws:iam::111122223333:root' } },
    },
    { name: 'second', request: { context: { 'aws:SourceIp': ['203.0.113.1'] } }, expect: 'implicit-deny' },
  ],
  selected: 1,
};

function decoded(fragment: string) {
  const result = decodeShareFragment(fragment);
  if (!result.ok) throw new Error(`expected a state, got ${result.error.code}: ${result.error.message}`);
  return result.state;
}

function errorOf(fragment: string) {
  const result = decodeShareFragment(fragment);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

function encodeError(s: ShareState): ShareEncodeError {
  try {
    encodeShareFragment(s);
  } catch (error) {
    if (error instanceof ShareEncodeError) return error;
    throw error;
  }
  throw new Error('expected encodeShareFragment to throw');
}

describe('round trip', () => {
  it.each([...exampleStates(), ...heldOutStates()])('$name comes back exactly', ({ state: s }) => {
    expect(decoded(encodeShareFragment(s))).toEqual({ ...s, view: 'edit' });
  });

  it('keeps invalid JSON, odd whitespace and every kind of character in the policy text', () => {
    const policyText = '\uFEFF { "Version": "2012-10-17",\r\n\t"Statement": [ 😀 \u0000 \uD800 \u2028';
    expect(decoded(encodeShareFragment({ policyText, scenarios: [] })).policyText).toBe(policyText);
  });

  it('writes the fragment as v1.<base64url> and the same state always gives the same link', () => {
    const fragment = encodeShareFragment(state);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(encodeShareFragment(structuredClone(state))).toBe(fragment);
  });

  it('accepts the fragment with its leading "#"', () => {
    expect(decoded(`#${encodeShareFragment(state)}`)).toEqual({ ...state, view: 'edit' });
  });

  it('writes only the fields of the contract (a UI-only scenario id is left out)', () => {
    const withExtras = {
      ...state,
      scenarios: [{ id: 's1-abc', name: 'x', request: {}, expect: undefined }],
      selected: undefined,
    };
    expect(decoded(encodeShareFragment(withExtras))).toEqual({
      policyText: state.policyText,
      role: state.role,
      scenarios: [{ name: 'x', request: {} }],
      view: 'edit',
    });
  });

  it('leaves out object properties that are undefined and turns -0 into 0, as JSON does', () => {
    const s: ShareState = { policyText: '', scenarios: [{ name: 'a', request: { a: undefined, n: -0 } }] };
    const request = decoded(encodeShareFragment(s)).scenarios[0]?.request;
    expect(request).toEqual({ n: 0 });
    expect(Object.is((request as { n: number } | undefined)?.n, 0)).toBe(true);
  });

  it('selects a scenario by name as well as by index', () => {
    expect(decoded(encodeShareFragment({ ...state, selected: 'second' })).selected).toBe('second');
  });
});

describe('the view parameter', () => {
  it('is a clear parameter after the data, present only for the reviewer view', () => {
    const review = encodeShareFragment({ ...state, view: 'review' });
    expect(review).toBe(`${encodeShareFragment(state)}&view=review`);
    expect(decoded(review).view).toBe('review');
    expect(encodeShareFragment({ ...state, view: 'edit' })).toBe(encodeShareFragment(state));
  });

  it('reads an explicit view=edit', () => {
    expect(decoded(`${encodeShareFragment(state)}&view=edit`).view).toBe('edit');
  });

  it('refuses any other parameter or value', () => {
    const fragment = encodeShareFragment(state);
    for (const bad of ['&view=Review', '&view=', '&', '&mode=review', '&view=review&view=review'])
      expect(errorOf(fragment + bad).code).toBe('invalid-state');
  });
});

describe('errors', () => {
  it('names the version a link uses when it is not v1', () => {
    const error = errorOf(`v7.${encodeShareFragment(state).slice(3)}`);
    expect(error.code).toBe('unsupported-version');
    expect(error.message).toContain('format v7');
    expect(error.message).toContain('v1');
  });

  it('tells a fragment that is no share link from a damaged one', () => {
    for (const fragment of ['', '#', 'top', 'section-2', 'V1.abc', 'version1'])
      expect(errorOf(fragment).code).toBe('not-a-share-link');
  });

  it('calls a link that lost its end truncated', () => {
    const fragment = encodeShareFragment(exampleStates()[0]?.state ?? state);
    for (const cut of [3, 10, fragment.length - 8, fragment.length - 2])
      expect(errorOf(fragment.slice(0, cut)).code).toBe('truncated');
  });

  it('calls bad characters corrupt and says where the first one is', () => {
    const error = errorOf('v1.abcd*efg');
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('position 8');
  });

  it('refuses a fragment over the length limit before decoding it', () => {
    const error = errorOf(`v1.${'A'.repeat(SHARE_LIMITS.maxFragmentChars)}`);
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('65,536');
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [undefined, null, 42, {}, [], Symbol('x')];
    for (const value of weird) expect(decodeShareFragment(value as string).ok).toBe(false);
  });
});

describe('encoding refuses states that could not be read back', () => {
  it('throws too-large for a policy text over the limit', () => {
    const error = encodeError({ policyText: 'x'.repeat(SHARE_LIMITS.maxPolicyChars + 1), scenarios: [] });
    expect(error.code).toBe('too-large');
  });

  it('throws too-large when the compressed link would be over the fragment limit', () => {
    // Incompressible text (xorshift32 noise over 20,000 CJK characters): ~1.8 link characters each.
    let x = 2463534242;
    const noise = Array.from({ length: 60_000 }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return String.fromCharCode(0x4e00 + ((x >>> 0) % 20_000));
    }).join('');
    expect(encodeError({ policyText: noise, scenarios: [] }).code).toBe('too-large');
  });

  it('throws invalid-state for values JSON cannot carry', () => {
    const bad: unknown[] = [
      [undefined],
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new Date(0),
      () => 1,
      new Map(),
    ];
    for (const request of bad)
      expect(encodeError({ policyText: '', scenarios: [{ name: 'a', request }] }).code).toBe('invalid-state');
  });

  it('throws too-large for a cyclic request instead of looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(encodeError({ policyText: '', scenarios: [{ name: 'a', request: cyclic }] }).code).toBe(
      'too-large',
    );
  });

  it('throws invalid-state for a view other than edit or review', () => {
    expect(encodeError({ ...state, view: 'admin' as ShareState['view'] }).code).toBe('invalid-state');
  });

  it('throws invalid-state for a selection that points nowhere', () => {
    for (const selected of [2, -1, 0.5])
      expect(encodeError({ ...state, selected }).code).toBe('invalid-state');
  });

  it('checkShareState gives the same verdict without throwing', () => {
    const result = checkShareState({ ...state, selected: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-state');
    expect(checkShareState(state)).toEqual({ ok: true, value: state });
  });
});

describe('prototype pollution', () => {
  it('keeps "__proto__" inside a request as an own, plain key and pollutes nothing', () => {
    const request = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    const back = decoded(encodeShareFragment({ policyText: '', scenarios: [{ name: 'a', request }] }));
    const copy = back.scenarios[0]?.request as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: true });
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('gives objects that share nothing with the input', () => {
    const request = { principal: { AWS: 'arn:aws:iam::111122223333:root' } };
    const result = checkShareState({ policyText: '', scenarios: [{ name: 'a', request }] });
    const copy = result.ok ? (result.value.scenarios[0]?.request as typeof request | undefined) : undefined;
    expect(copy).toEqual(request);
    expect(copy).not.toBe(request);
    expect(copy?.principal).not.toBe(request.principal);
  });
});

describe('accepted findings (suppressions)', () => {
  const state = {
    policyText: '{"Version":"2012-10-17","Statement":[]}',
    scenarios: [],
    suppressions: [
      {
        code: 'account-trust-without-condition',
        path: 'Statement[0]',
        reason: 'Vendor account, contract 42',
      },
      { code: 'any-principal-without-condition', reason: 'Public test role <script>alert(1)</script>' },
    ],
  };

  it('travel with the link, exactly', () => {
    const decoded = decodeShareFragment(encodeShareFragment(state));
    expect(decoded.ok && decoded.state.suppressions).toEqual(state.suppressions);
  });

  it('are left out when there are none', () => {
    const decoded = decodeShareFragment(encodeShareFragment({ ...state, suppressions: [] }));
    expect(decoded.ok && 'suppressions' in decoded.state).toBe(false);
  });

  it('must have a code and a reason as text', () => {
    expect(() =>
      encodeShareFragment({
        ...state,
        suppressions: [{ code: 'x' } as unknown as { code: string; reason: string }],
      }),
    ).toThrow(/accepted finding 1/);
  });
});

describe('format v2: two versions for review, and the caller policies', () => {
  const withBase: ShareState = {
    ...state,
    base: {
      policyText: '{"Version":"2012-10-17","Statement":[]}',
      role: 'arn:aws:iam::444455556666:role/Audit',
    },
    view: 'review',
  };
  const callerPolicies = {
    first: {
      identity: [
        { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] },
      ],
      expect: 'allow',
    },
  };

  it('a state without base or caller policies is still written as v1, byte for byte as before', () => {
    expect(encodeShareFragment(state)).toMatch(/^v1\./);
    expect(encodeShareFragment({ ...state, base: undefined, callerPolicies: {} })).toBe(
      encodeShareFragment(state),
    );
  });

  it('writes v2.<data>&base=<data>&view=review and reads both versions back', () => {
    const fragment = encodeShareFragment(withBase);
    expect(fragment).toMatch(/^v2\.[A-Za-z0-9_-]+&base=[A-Za-z0-9_-]+&view=review$/);
    expect(decoded(fragment)).toEqual({ ...state, base: withBase.base, view: 'review' });
  });

  it('carries the caller policies', () => {
    const fragment = encodeShareFragment({ ...state, callerPolicies });
    expect(fragment).toMatch(/^v2\./);
    expect(decoded(fragment).callerPolicies).toEqual(callerPolicies);
  });

  it('a damaged base still opens the new version, with an error for the old one', () => {
    const fragment = encodeShareFragment(withBase);
    const [head, base, view] = fragment.split('&');
    const cut = decoded(`${head}&${base?.slice(0, -5)}&${view}`);
    expect(cut.policyText).toBe(state.policyText);
    expect(cut.base).toBeUndefined();
    expect(cut.baseError?.code).toBe('truncated');
    expect(cut.baseError?.message).toMatch(/^The old version in this review link could not be read/);
    expect(decoded(`${head}&base=&${view}`).baseError?.code).toBe('truncated');
  });

  it('refuses a base in a v1 link and two bases in a v2 link', () => {
    const [head, base] = encodeShareFragment(withBase).split('&');
    expect(errorOf(`${encodeShareFragment(state)}&${base}`).code).toBe('invalid-state');
    expect(errorOf(`${head}&${base}&${base}`).code).toBe('invalid-state');
  });

  it('the encoder refuses a base it could not read back', () => {
    expect(
      encodeError({ ...state, base: { policyText: 'A'.repeat(SHARE_LIMITS.maxPolicyChars + 1) } }).code,
    ).toBe('too-large');
    expect(checkShareState({ ...state, base: { policyText: 7 as unknown as string } }).ok).toBe(false);
  });
});

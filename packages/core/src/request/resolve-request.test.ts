import { describe, expect, it } from 'vitest';
import type { ContextScalar } from '../conditions/typed-values.js';
import cases from './resolve-request.cases.json' with { type: 'json' };
import { type ResolvedRequest, resolveRequest } from './resolve-request.js';

interface ResolveTable {
  derived: readonly {
    name: string;
    principal: Record<string, string>;
    action?: string;
    derived: Record<string, string>;
  }[];
  callerAction: readonly {
    name: string;
    principal: Record<string, string>;
    action: string;
    warned: boolean;
  }[];
}

const table: ResolveTable = cases;

/** 2026-01-05T10:00:00Z = epoch 1767607200. */
const NOW = Date.UTC(2026, 0, 5, 10, 0, 0);
const USER = 'arn:aws:iam::111122223333:user/ops/priya';

const resolve = (request: unknown): ResolvedRequest => resolveRequest(request, { now: NOW });

/** Key → [values, source] for compact comparisons. */
function entries(request: ResolvedRequest): Record<string, [readonly ContextScalar[], string]> {
  return Object.fromEntries(request.context.map((e) => [e.key, [e.values, e.source]]));
}

const codes = (request: ResolvedRequest): string[][] =>
  request.findings.map((f) => [f.code, f.severity, JSON.stringify(f.path)]);

const CLOCK = {
  'aws:CurrentTime': [['2026-01-05T10:00:00Z'], 'defaulted'],
  'aws:EpochTime': [[1767607200], 'defaulted'],
  'aws:SecureTransport': [[true], 'defaulted'],
};

describe('resolveRequest: keys derived from the caller', () => {
  it.each(table.derived)('$name', ({ principal, action, derived }) => {
    const request = resolve({ principal, ...(action === undefined ? {} : { action }) });
    expect(request.findings).toEqual([]);
    const expected = Object.fromEntries(Object.entries(derived).map(([k, v]) => [k, [[v], 'derived']]));
    expect(entries(request)).toEqual({ ...expected, ...CLOCK });
  });

  it('lets given values win, whatever their case', () => {
    const request = resolve({
      principal: { AWS: 'arn:aws:sts::111122223333:assumed-role/deployer/build-42' },
      context: {
        'AWS:PRINCIPALARN': 'arn:aws:iam::111122223333:role/ci/deployer',
        'aws:PrincipalType': 'Other',
      },
    });
    expect(entries(request)).toMatchObject({
      'AWS:PRINCIPALARN': [['arn:aws:iam::111122223333:role/ci/deployer'], 'given'],
      'aws:PrincipalType': [['Other'], 'given'],
    });
    expect(request.context.filter((e) => e.key.toLowerCase() === 'aws:principalarn')).toHaveLength(1);
    expect(request.byKey.get('aws:principalarn')?.values).toEqual([
      'arn:aws:iam::111122223333:role/ci/deployer',
    ]);
  });

  it('lets a given empty array block a derived key, which then reads as missing', () => {
    const request = resolve({ principal: { AWS: USER }, context: { 'aws:username': [] } });
    expect(request.byKey.get('aws:username')?.values).toEqual([]);
  });

  it('lists given keys first, in request order, then derived and defaulted ones', () => {
    const request = resolve({ principal: { AWS: USER }, context: { 'x:b': 1, 'x:a': 2 } });
    expect(request.context.map((e) => e.key).slice(0, 3)).toEqual(['x:b', 'x:a', 'aws:PrincipalArn']);
    expect(request.context[0]?.path).toEqual(['context', 'x:b']);
  });
});

describe('resolveRequest: clock and transport defaults', () => {
  it('takes the clock from the now option, as a number or a Date', () => {
    const a = resolveRequest({ principal: { AWS: USER } }, { now: Date.UTC(2030, 5, 1, 0, 0, 0, 250) });
    const b = resolveRequest(
      { principal: { AWS: USER } },
      { now: new Date(Date.UTC(2030, 5, 1, 0, 0, 0, 250)) },
    );
    expect(entries(a)['aws:CurrentTime']).toEqual([['2030-06-01T00:00:00.250Z'], 'defaulted']);
    expect(entries(a)['aws:EpochTime']).toEqual([[1906502400], 'defaulted']);
    expect([a.now, entries(b)]).toEqual([b.now, entries(a)]);
  });

  it('derives aws:EpochTime from a given aws:CurrentTime', () => {
    const request = resolve({
      principal: { AWS: USER },
      context: { 'aws:CurrentTime': '2026-03-01T12:00:00+02:00' },
    });
    expect(entries(request)['aws:EpochTime']).toEqual([[1772359200], 'derived']);
    expect(request.byKey.get('aws:epochtime')?.basis).toBe('from aws:CurrentTime');
  });

  it('derives aws:CurrentTime from a given aws:EpochTime, number or text', () => {
    for (const epoch of [1767225600, '1767225600']) {
      const request = resolve({ principal: { AWS: USER }, context: { 'aws:EpochTime': epoch } });
      expect(entries(request)['aws:CurrentTime']).toEqual([['2026-01-01T00:00:00Z'], 'derived']);
    }
  });

  it('keeps both when both are given, even if they disagree', () => {
    const context = { 'aws:CurrentTime': '2020-01-01T00:00:00Z', 'aws:EpochTime': 0 };
    expect(entries(resolve({ principal: { AWS: USER }, context }))).toMatchObject({
      'aws:CurrentTime': [['2020-01-01T00:00:00Z'], 'given'],
      'aws:EpochTime': [[0], 'given'],
    });
  });

  it('defaults aws:SecureTransport to true unless given', () => {
    const given = resolve({ principal: { AWS: USER }, context: { 'AWS:SecureTransport': false } });
    expect(given.context.filter((e) => e.key.toLowerCase() === 'aws:securetransport')).toHaveLength(1);
    expect(given.byKey.get('aws:securetransport')?.values).toEqual([false]);
  });

  // A given aws:CurrentTime that cannot be read cannot be followed: aws:EpochTime stays missing
  // rather than silently falling back to the clock (test/reference/README.md, "Context").
  it('an unparseable aws:CurrentTime leaves aws:EpochTime missing instead of using now', () => {
    const request = resolve({ principal: { AWS: USER }, context: { 'aws:CurrentTime': 'yesterday' } });
    expect(request.byKey.has('aws:epochtime')).toBe(false);
  });

  // toISOString throws past ±8.64e15 ms; resolveRequest (and so evaluate) must never throw.
  it('an out-of-range aws:EpochTime does not throw', () => {
    expect(() => resolve({ principal: { AWS: USER }, context: { 'aws:EpochTime': 1e15 } })).not.toThrow();
  });

  it('a now outside the Date range does not throw', () => {
    expect(() => resolveRequest({ principal: { AWS: USER } }, { now: Number.NaN })).not.toThrow();
  });
});

describe('resolveRequest: findings', () => {
  it.each([
    ['aws:SourceIp', 'x', 'aws:SourceIp must be an IPv4 or IPv6 address'],
    ['aws:CurrentTime', 'yesterday', 'aws:CurrentTime must be an ISO 8601 date-time'],
    ['aws:MultiFactorAuthPresent', 'maybe', 'aws:MultiFactorAuthPresent must be true or false; got "maybe"'],
    ['aws:MultiFactorAuthAge', 'recent', 'aws:MultiFactorAuthAge must be a number'],
    ['aws:PrincipalArn', 'alice', 'aws:PrincipalArn must be an ARN'],
    ['AWS:SOURCEIP', '010.0.0.1', 'aws:SourceIp must be an IPv4 or IPv6 address'],
  ])('reports a %s of %j with its canonical name, and keeps the value', (key, value, message) => {
    const request = resolve({ principal: { AWS: USER }, context: { [key]: value } });
    expect(codes(request)).toEqual([['request-context-type', 'error', JSON.stringify(['context', key])]]);
    expect(request.findings[0]?.message).toContain(message);
    expect(request.byKey.get(key.toLowerCase())?.values).toEqual([value]);
  });

  it('points at the bad element of an array, and warns about several values for a single-valued key', () => {
    const request = resolve({ principal: { AWS: USER }, context: { 'aws:SourceIp': ['203.0.113.7', 'x'] } });
    expect(codes(request)).toEqual([
      ['request-context-type', 'error', '["context","aws:SourceIp",1]'],
      ['request-context-multivalued', 'warning', '["context","aws:SourceIp"]'],
    ]);
  });

  it('accepts several values for a multivalued key, and anything for an unknown key', () => {
    const context = { 'aws:TagKeys': ['a', 'b'], 'x:custom': [1, 'two', false], 'aws:PrincipalTag/team': 5 };
    expect(resolve({ principal: { AWS: USER }, context }).findings).toEqual([]);
  });

  it.each([
    ['an object', { a: 1 }],
    ['null', null],
    ['an array holding an object', ['a', { b: 1 }]],
  ])('refuses %s as a context value and leaves the key out', (_name, value) => {
    const request = resolve({ principal: { AWS: USER }, context: { 'x:k': value } });
    expect(codes(request)).toEqual([['request-context-type', 'error', '["context","x:k"]']]);
    expect(request.byKey.has('x:k')).toBe(false);
  });

  it('refuses a key repeated in another case and keeps the first', () => {
    const request = resolve({
      principal: { AWS: USER },
      context: { 'aws:SourceIp': '203.0.113.7', 'AWS:SOURCEIP': '198.51.100.1' },
    });
    expect(codes(request)).toEqual([
      ['request-context-duplicate-key', 'error', '["context","AWS:SOURCEIP"]'],
    ]);
    expect(request.findings[0]?.message).toContain('"AWS:SOURCEIP" repeats "aws:SourceIp"');
    expect(request.byKey.get('aws:sourceip')?.values).toEqual(['203.0.113.7']);
  });

  it('reports unknown request fields at their key', () => {
    const request = resolve({ principal: { AWS: USER }, Context: {} });
    expect(request.findings).toMatchObject([
      { code: 'request-unknown-field', path: ['Context'], target: 'key' },
    ]);
  });

  it.each([
    [
      'a non-object request',
      'sts:AssumeRole',
      [
        ['request-invalid', 'error', '[]'],
        ['request-principal-invalid', 'error', '["principal"]'],
      ],
    ],
    ['a request without principal', {}, [['request-principal-invalid', 'error', '["principal"]']]],
    [
      'a malformed AWS principal',
      { principal: { AWS: 'alice' } },
      [['request-principal-invalid', 'error', '["principal","AWS"]']],
    ],
    [
      'a principal that is not an object',
      { principal: 'alice' },
      [['request-principal-invalid', 'error', '["principal"]']],
    ],
    [
      'a context that is not an object',
      { principal: { AWS: USER }, context: [] },
      [['request-context-invalid', 'error', '["context"]']],
    ],
  ])('reports %s', (_name, input, expected) => {
    const request = resolve(input);
    expect(codes(request)).toEqual(expected);
  });
});

describe('resolveRequest: actions', () => {
  it('defaults the action to sts:AssumeRole', () => {
    expect(resolve({ principal: { AWS: USER } })).toMatchObject({
      action: 'sts:AssumeRole',
      actionSource: 'defaulted',
    });
  });

  it('keeps a given action as written, in any case', () => {
    const request = resolve({ principal: { AWS: USER }, action: 'STS:tagsession' });
    expect([request.action, request.actionSource, request.findings]).toEqual(['STS:tagsession', 'given', []]);
  });

  it('reports an action outside the STS role actions', () => {
    const request = resolve({ principal: { AWS: USER }, action: 's3:GetObject' });
    expect(codes(request)).toEqual([['request-action-invalid', 'error', '["action"]']]);
    expect(request.findings[0]?.message).toContain('"s3:GetObject" is not an STS action');
    expect([request.action, request.actionSource]).toEqual(['s3:GetObject', 'given']);
  });

  it('reports an action that is not a string and falls back to the default', () => {
    const request = resolve({ principal: { AWS: USER }, action: ['sts:AssumeRole'] });
    expect(codes(request)).toEqual([['request-action-invalid', 'error', '["action"]']]);
    expect([request.action, request.actionSource]).toEqual(['sts:AssumeRole', 'defaulted']);
  });

  it.each(table.callerAction)('$name', ({ principal, action, warned }) => {
    const request = resolve({ principal, action });
    expect(codes(request)).toEqual(
      warned ? [['request-caller-action-mismatch', 'warning', '["action"]']] : [],
    );
  });
});

describe('resolveRequest: token claims STS does not evaluate', () => {
  const github = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
  it('leaves them out with a warning, and keeps the claims STS evaluates', () => {
    const request = resolve({
      action: 'sts:AssumeRoleWithWebIdentity',
      principal: { Federated: github },
      context: {
        'token.actions.githubusercontent.com:repository_owner': 'example-org',
        'token.actions.githubusercontent.com:repository_owner_id': '65',
        'oidc.eks.eu-west-1.amazonaws.com/id/5C3A9E1F:namespace': 'x',
      },
    });
    expect(codes(request)).toEqual([
      [
        'request-context-not-sent',
        'warning',
        '["context","token.actions.githubusercontent.com:repository_owner"]',
      ],
      [
        'request-context-not-sent',
        'warning',
        '["context","oidc.eks.eu-west-1.amazonaws.com/id/5C3A9E1F:namespace"]',
      ],
    ]);
    expect(request.findings[0]?.message).toMatch(
      /^STS does not evaluate the GitHub claim "repository_owner" \(for GitHub Actions tokens it evaluates aud, sub, actor, .*\), so it is left out of this request, as STS leaves it out\.$/,
    );
    expect(Object.keys(entries(request))).toContain(
      'token.actions.githubusercontent.com:repository_owner_id',
    );
    expect(Object.keys(entries(request))).not.toContain(
      'token.actions.githubusercontent.com:repository_owner',
    );
  });

  it('gives a request equal to one resolved before, key by key, the same resolved object', () => {
    const request = () => ({
      principal: { AWS: USER },
      context: { 'sts:ExternalId': 'x', 'aws:MultiFactorAuthAge': 5 },
    });
    const first = resolve(request());
    expect(resolve(request())).toBe(first);
    // Any part that differs (a value, the order of keys, the clock) is resolved on its own.
    expect(
      resolve({ principal: { AWS: USER }, context: { 'sts:ExternalId': 'y', 'aws:MultiFactorAuthAge': 5 } }),
    ).not.toBe(first);
    const reordered = resolve({
      principal: { AWS: USER },
      context: { 'aws:MultiFactorAuthAge': 5, 'sts:ExternalId': 'x' },
    });
    expect(reordered).not.toBe(first);
    expect(reordered.context.map((e) => e.key).slice(0, 2)).toEqual([
      'aws:MultiFactorAuthAge',
      'sts:ExternalId',
    ]);
    expect(resolveRequest(request(), { now: NOW + 1000 })).not.toBe(first);
  });

  it('never shares a request that has findings', () => {
    const bad = () => ({ principal: { AWS: USER }, context: { 'aws:MultiFactorAuthAge': 'soon' } });
    const first = resolve(bad());
    expect(first.findings.length).toBeGreaterThan(0);
    expect(resolve(bad())).not.toBe(first);
    expect(resolve(bad())).toEqual(first);
  });
});

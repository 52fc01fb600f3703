import { describe, expect, it } from 'vitest';
import {
  type ScenarioFormValues,
  toFormValues,
  toIsoUtc,
  toRequest,
  valueInputFor,
} from './scenario-form-model';
import { scenarioFormSchema } from './scenario-form-schema';

const base: ScenarioFormValues = {
  name: 'auditor',
  callerType: 'AWS',
  caller: 'arn:aws:iam::111122223333:user/alice',
  action: 'sts:AssumeRole',
  context: [],
  expect: 'allow',
};

describe('scenario form model', () => {
  it.each([
    ['aws:MultiFactorAuthPresent', 'bool'],
    ['AWS:currenttime', 'datetime'],
    ['aws:EpochTime', 'number'],
    ['aws:MultiFactorAuthAge', 'number'],
    ['aws:SourceIp', 'ip'],
    ['sts:ExternalId', 'text'],
    ['something:unknown', 'text'],
  ])('types %s as %s', (key, input) => {
    expect(valueInputFor(key)).toBe(input);
  });

  it('writes typed context values, lists and UTC times', () => {
    const request = toRequest({
      ...base,
      context: [
        { key: 'aws:MultiFactorAuthPresent', value: 'true', list: false },
        { key: 'aws:CurrentTime', value: '2026-09-01T10:00', list: false },
        { key: 'aws:MultiFactorAuthAge', value: '300', list: false },
        { key: 'aws:PrincipalOrgPaths', value: 'o-1/r-1/ou-1/\n\n o-1/r-1/ou-2/ ', list: true },
        { key: '  ', value: '', list: false },
      ],
    });
    expect(request).toEqual({
      action: 'sts:AssumeRole',
      principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
      context: {
        'aws:MultiFactorAuthPresent': true,
        'aws:CurrentTime': '2026-09-01T10:00:00Z',
        'aws:MultiFactorAuthAge': 300,
        'aws:PrincipalOrgPaths': ['o-1/r-1/ou-1/', 'o-1/r-1/ou-2/'],
      },
    });
  });

  it('keeps a wrong-typed value as typed, so the engine can say what is wrong', () => {
    const request = toRequest({
      ...base,
      context: [{ key: 'aws:MultiFactorAuthPresent', value: 'yes', list: false }],
    });
    expect(request.context).toEqual({ 'aws:MultiFactorAuthPresent': 'yes' });
  });

  it('reads a stored request back into the form (round trip)', () => {
    const values: ScenarioFormValues = {
      ...base,
      context: [
        { key: 'aws:CurrentTime', value: '2026-09-01T10:00:00', list: false },
        { key: 'aws:TagKeys', value: 'team\nproject', list: true },
        { key: 'aws:MultiFactorAuthPresent', value: 'false', list: false },
      ],
    };
    const stored = { name: values.name, request: toRequest(values), expect: 'allow' as const };
    expect(toFormValues(stored)).toEqual(values);
  });

  it('reads garbage from a file or a link without throwing', () => {
    for (const request of [
      null,
      3,
      'x',
      [],
      { principal: 'x', context: [1] },
      { principal: { Nope: 1 }, context: { k: { a: 1 } } },
    ]) {
      expect(() => toFormValues({ name: 'x', request })).not.toThrow();
    }
    expect(toIsoUtc('not a date')).toBe('not a date');
  });
});

describe('scenario form schema', () => {
  const errorsOf = (values: ScenarioFormValues, others: string[] = []) => {
    const result = scenarioFormSchema(others).safeParse(values);
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('accepts a good scenario', () => {
    expect(errorsOf(base)).toEqual({});
  });

  it('puts the engine’s request errors at their fields', () => {
    const errors = errorsOf({
      ...base,
      caller: 'arn:aws:iam::12:user/x',
      context: [
        { key: 'aws:SourceIp', value: '300.1.1.1', list: false },
        { key: 'aws:MultiFactorAuthPresent', value: 'maybe', list: false },
      ],
    });
    expect(Object.keys(errors).sort()).toEqual(['caller', 'context.0.value', 'context.1.value']);
    expect(errors.caller).toMatch(/account ID has exactly 12 digits/);
    expect(errors['context.0.value']).toMatch(/IPv4 or IPv6/);
  });

  it('refuses duplicate names and duplicate keys (case-insensitive)', () => {
    const errors = errorsOf(
      {
        ...base,
        context: [
          { key: 'aws:SourceIp', value: '203.0.113.1', list: false },
          { key: 'AWS:SOURCEIP', value: '203.0.113.2', list: false },
        ],
      },
      ['auditor'],
    );
    expect(Object.keys(errors).sort()).toEqual(['context.1.key', 'name']);
  });
});

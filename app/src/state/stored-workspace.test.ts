import { describe, expect, it } from 'vitest';
import { readStoredWorkspace } from './stored-workspace';

const scenario = {
  id: 's1',
  name: 'Auditor',
  request: { principal: { AWS: '111122223333' } },
  expect: 'allow',
};
const saved = { policyText: '{', role: '', scenarios: [scenario], selectedId: 's1' };

describe('readStoredWorkspace: an autosave is taken whole or not at all', () => {
  it('reads a saved workspace, keeping invalid policy text and unknown requests as they are', () => {
    expect(readStoredWorkspace(saved)).toEqual({ ...saved, suppressions: [] });
  });

  it('keeps accepted findings, with or without a path', () => {
    const suppressions = [
      { code: 'cross-account-no-external-id', path: 'Statement[0]', reason: 'internal account' },
      { code: 'policy-size', reason: 'known' },
    ];
    expect(readStoredWorkspace({ ...saved, suppressions })?.suppressions).toEqual(suppressions);
  });

  it('drops a selection that names no scenario', () => {
    expect(readStoredWorkspace({ ...saved, selectedId: 'gone' })?.selectedId).toBeUndefined();
  });

  it.each([
    ['not an object', 'text'],
    ['an array', [saved]],
    ['null', null],
    ['policy text not a string', { ...saved, policyText: 3 }],
    ['no role', { policyText: '{}', scenarios: [] }],
    ['scenarios not a list', { ...saved, scenarios: {} }],
    ['a scenario without id', { ...saved, scenarios: [{ ...scenario, id: '' }] }],
    ['a scenario with a number for a name', { ...saved, scenarios: [{ ...scenario, name: 1 }] }],
    ['an unknown expectation', { ...saved, scenarios: [{ ...scenario, expect: 'Allow' }] }],
    ['a selection that is not a string', { ...saved, selectedId: 1 }],
    ['suppressions not a list', { ...saved, suppressions: 'all' }],
    ['a suppression without a reason', { ...saved, suppressions: [{ code: 'x' }] }],
    [
      'a suppression path that is not a string',
      { ...saved, suppressions: [{ code: 'x', path: 0, reason: 'r' }] },
    ],
  ])('refuses %s', (_, value) => {
    expect(readStoredWorkspace(value)).toBeUndefined();
  });
});

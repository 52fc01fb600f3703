import { decodeShareFragment, encodeShareFragment } from '@trustwright/share';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../state/workspace';
import { fromShareState, sameWork, toShareState } from './share-state';

const workspace: Workspace = {
  policyText: '{\n  "Version": "2012-10-17",   "Statement": []\n}',
  role: 'arn:aws:iam::444455556666:role/R',
  scenarios: [
    {
      id: 'a',
      name: 'one',
      request: { principal: { AWS: 'arn:aws:iam::111122223333:root' } },
      expect: 'allow',
    },
    { id: 'b', name: 'two', request: { principal: { Service: 'ec2.amazonaws.com' } }, expect: undefined },
  ],
  selectedId: 'b',
  suppressions: [{ code: 'account-trust-without-condition', path: 'Statement[0]', reason: 'vendor' }],
};

describe('share state', () => {
  it('round-trips the work through a link: text byte for byte, scenarios, selection, accepted findings', () => {
    const decoded = decodeShareFragment(encodeShareFragment(toShareState(workspace, 'review')));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.state.view).toBe('review');
    const back = fromShareState(decoded.state);
    expect(back.policyText).toBe(workspace.policyText);
    expect(sameWork(back, workspace)).toBe(true);
    expect(back.scenarios.find((s) => s.id === back.selectedId)?.name).toBe('two');
  });

  it('names unnamed scenarios and drops unknown verdicts', () => {
    const back = fromShareState({
      policyText: '',
      scenarios: [{ name: '', request: {}, expect: 'maybe' as never }],
    });
    expect(back.scenarios[0]).toMatchObject({ name: 'Scenario 1', expect: undefined });
  });
});

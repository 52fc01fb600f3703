import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountId, dnsLabel } from '../../../test/arbitraries.js';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { eksPodIdentity } from './index.js';

describeWizardFixtures(eksPodIdentity, fixtures as WizardFixtures);

describe('eks-pod-identity: actions', () => {
  it('allows sts:AssumeRole and sts:TagSession', () => {
    expect(eksPodIdentity.build(eksPodIdentity.example).statements[0]?.Action).toEqual([
      'sts:AssumeRole',
      'sts:TagSession',
    ]);
  });
});

describe('eks-pod-identity: property', () => {
  const maybe = <T extends string>(a: fc.Arbitrary<T>) => fc.oneof(fc.constant(''), a);
  const input = fc
    .record({
      clusterName: maybe(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/)),
      namespace: maybe(dnsLabel),
      serviceAccount: maybe(dnsLabel),
      account: accountId,
      useAccount: fc.boolean(),
      useArn: fc.boolean(),
    })
    .map(({ account, useAccount, useArn, ...rest }) => ({
      ...rest,
      sourceAccount: useAccount ? account : '',
      clusterArn: useArn
        ? `arn:aws:eks:eu-west-1:${account}:cluster/${rest.clusterName === '' ? 'c1' : rest.clusterName}`
        : '',
    }));
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(eksPodIdentity, x)),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountId, dnsLabel } from '../../../test/arbitraries.js';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { eksIrsa } from './index.js';

describeWizardFixtures(eksIrsa, fixtures as WizardFixtures);

describe('eks-irsa: issuer to provider', () => {
  it('derives the provider ARN, with the partition from the issuer', () => {
    const cn = eksIrsa.build({
      ...eksIrsa.example,
      issuerUrl: 'https://oidc.eks.cn-north-1.amazonaws.com.cn/id/0123456789ABCDEF0123456789ABCDEF',
    });
    expect(cn.statements[0]?.Principal).toEqual({
      Federated:
        'arn:aws-cn:iam::444455556666:oidc-provider/oidc.eks.cn-north-1.amazonaws.com.cn/id/0123456789ABCDEF0123456789ABCDEF',
    });
  });
});

describe('eks-irsa: property', () => {
  const input = fc.record({
    issuerUrl: fc
      .tuple(fc.constantFrom('eu-west-1', 'us-east-2', 'ap-south-1'), fc.stringMatching(/^[0-9A-F]{32}$/))
      .map(([region, id]) => `https://oidc.eks.${region}.amazonaws.com/id/${id}`),
    providerAccount: accountId,
    namespace: dnsLabel,
    serviceAccount: dnsLabel,
  });
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(eksIrsa, x)),
      { numRuns: 60 },
    );
  });
});

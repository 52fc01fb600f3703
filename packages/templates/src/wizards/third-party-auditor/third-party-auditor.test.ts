import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountId, cidrList, externalId, userOrRoleArn, window } from '../../../test/arbitraries.js';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { thirdPartyAuditor } from './index.js';

describeWizardFixtures(thirdPartyAuditor, fixtures as WizardFixtures);

describe('third-party-auditor: the MFA statement', () => {
  it('uses Deny + BoolIfExists "false", never an Allow with BoolIfExists "true"', () => {
    const { statements } = thirdPartyAuditor.build(thirdPartyAuditor.example);
    const deny = statements.find((s) => s.Effect === 'Deny');
    expect(deny?.Condition).toEqual({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } });
    const allow = statements.find((s) => s.Effect === 'Allow');
    expect(JSON.stringify(allow)).not.toContain('MultiFactorAuthPresent');
  });
});

describe('third-party-auditor: property', () => {
  const input = fc.record({
    principalKind: fc.constantFrom('account' as const, 'principals' as const),
    trustedAccount: accountId,
    principalArns: fc.uniqueArray(userOrRoleArn, { minLength: 1, maxLength: 3 }),
    externalId: fc.oneof(fc.constant(''), externalId),
    requireMfa: fc.boolean(),
    sourceCidrs: cidrList,
    window,
  });
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, ({ window: w, ...rest }) => {
        proveInput(thirdPartyAuditor, { ...rest, windowStart: w.start, windowEnd: w.end });
      }),
      { numRuns: 60 },
    );
  });
});

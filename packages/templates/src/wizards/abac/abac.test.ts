import fc from 'fast-check';
import { describe, it } from 'vitest';
import { accountId } from '../../../test/arbitraries.js';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { abac } from './index.js';

describeWizardFixtures(abac, fixtures as WizardFixtures);

describe('abac: property', () => {
  const input = fc.record({
    account: accountId,
    tagKey: fc
      .stringMatching(/^[A-Za-z0-9_.:/=+@-]{1,20}$/)
      .filter((k) => !k.toLowerCase().startsWith('aws:')),
    tagValues: fc.uniqueArray(
      fc
        .stringMatching(/^[A-Za-z0-9 _.:/=+@-]{1,20}$/)
        .map((v) => v.trim())
        .filter((v) => v !== ''),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  });
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(abac, x)),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { google } from './index.js';

describeWizardFixtures(google, fixtures as WizardFixtures);

describe('google: property', () => {
  const input = fc.record({
    audience: fc.stringMatching(/^[0-9]{6,12}-[a-z0-9]{4,10}\.apps\.googleusercontent\.com$/),
    subjects: fc.uniqueArray(fc.stringMatching(/^[1-9][0-9]{15,20}$/), { maxLength: 3 }),
  });
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(google, x)),
      { numRuns: 40 },
    );
  });
});

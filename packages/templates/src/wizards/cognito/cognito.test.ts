import fc from 'fast-check';
import { describe, it } from 'vitest';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { cognito } from './index.js';

describeWizardFixtures(cognito, fixtures as WizardFixtures);

describe('cognito: property', () => {
  const guid = fc.uuid().map((u) => u.toLowerCase());
  const input = fc.record({
    identityPoolId: fc
      .tuple(fc.constantFrom('us-east-1', 'eu-west-2', 'ap-northeast-1'), guid)
      .map(([r, g]) => `${r}:${g}`),
    identities: fc.constantFrom('authenticated' as const, 'unauthenticated' as const),
  });
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(cognito, x)),
      { numRuns: 40 },
    );
  });
});

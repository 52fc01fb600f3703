import fc from 'fast-check';
import { describe, it } from 'vitest';
import { roleArn } from '../../../test/arbitraries.js';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { roleChaining } from './index.js';

describeWizardFixtures(roleChaining, fixtures as WizardFixtures);

describe('role-chaining: property', () => {
  const input = fc.record({
    method: fc.constantFrom('principal-arn' as const, 'role-id' as const),
    roleArn,
    roleId: fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => `AROA${s}`),
    sessionPattern: fc.oneof(
      fc.constant('*'),
      fc.stringMatching(/^[A-Za-z0-9_=,.@-]{2,12}$/),
      fc.stringMatching(/^[a-z]{1,6}[*?]{1,2}$/),
    ),
  });
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(roleChaining, x)),
      { numRuns: 80 },
    );
  });
});

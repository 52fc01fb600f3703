import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import { WORLD_WARNING } from './build.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { orgWide } from './index.js';

describeWizardFixtures(orgWide, fixtures as WizardFixtures);

describe('org-wide: warning', () => {
  it('always says the condition is what keeps the world out', () => {
    expect(orgWide.build(orgWide.example).warnings).toContain(WORLD_WARNING);
    expect(WORLD_WARNING).toContain('keeps the rest of the world out');
  });
});

describe('org-wide: property', () => {
  const id = fc.stringMatching(/^[a-z0-9]{10,14}$/).map((s) => `o-${s}`);
  const ou = fc
    .tuple(fc.stringMatching(/^[a-z0-9]{4}$/), fc.stringMatching(/^[a-z0-9]{8}$/))
    .map(([a, b]) => `ou-${a}-${b}/`);
  const input = id.chain((orgId) =>
    fc.record({
      orgId: fc.constant(orgId),
      orgPaths: fc.uniqueArray(
        fc
          .tuple(fc.stringMatching(/^[a-z0-9]{4}$/), fc.array(ou, { maxLength: 2 }), fc.boolean())
          .map(([root, ous, star]) => `${orgId}/r-${root}/${ous.join('')}${star ? '*' : ''}`),
        { maxLength: 3 },
      ),
    }),
  );
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(orgWide, x)),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { accountId, cidrList } from '../../../test/arbitraries.js';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { saml } from './index.js';

describeWizardFixtures(saml, fixtures as WizardFixtures);

describe('saml: property', () => {
  const attribute = fc
    .tuple(
      fc.constantFrom(
        'saml:iss',
        'saml:sub',
        'saml:sub_type',
        'saml:edupersonaffiliation',
        'saml:edupersonprincipalname',
        'saml:cn',
      ),
      fc.stringMatching(/^[A-Za-z0-9:/._@-]{1,24}$/),
    )
    .map(([key, value]) => `${key}=${value}`);
  const input = fc
    .record({
      account: accountId,
      name: fc.stringMatching(/^[A-Za-z0-9._-]{1,32}$/),
      access: fc.constantFrom('console' as const, 'programmatic' as const),
      signInRegion: fc.constantFrom('', 'eu-west-1', 'ap-southeast-2'),
      attributes: fc.uniqueArray(attribute, { maxLength: 4 }),
      sourceCidrs: cidrList,
    })
    .filter((r) => r.access === 'console' || r.attributes.length > 0)
    .map(({ account, name, ...rest }) => ({
      ...rest,
      providerArn: `arn:aws:iam::${account}:saml-provider/${name}`,
    }));
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(saml, x)),
      { numRuns: 80 },
    );
  });
});

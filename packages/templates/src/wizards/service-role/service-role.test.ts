import { SERVICES_WITHOUT_SOURCE_KEYS } from '@trustwright/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountId } from '../../../test/arbitraries.js';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { serviceRole } from './index.js';
import { SERVICES } from './services.js';

describeWizardFixtures(serviceRole, fixtures as WizardFixtures);

describe('service-role: the service table', () => {
  it('gives every service a principal, a status and a source', () => {
    for (const s of SERVICES) {
      expect(s.principal).toMatch(/^[a-z0-9-]+\.amazonaws\.com$/);
      expect(s.source.length).toBeGreaterThan(20);
      if (s.sourceKeys !== 'not-sent') expect(s.arnService && s.sourceArnExample).toBeTruthy();
    }
  });
  it("agrees with the linter: exactly core's services without source keys get none", () => {
    const without = new Set(SERVICES_WITHOUT_SOURCE_KEYS.map((s) => s.principal));
    for (const s of SERVICES) expect(s.sourceKeys === 'not-sent', s.id).toBe(without.has(s.principal));
  });
});

describe('service-role: companion policy', () => {
  it('limits iam:PassRole to the prefix and to the service', () => {
    const { companion } = serviceRole.build(serviceRole.example);
    expect(companion?.policy).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'PassOnlyPrefixedRoles',
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: 'arn:aws:iam::111122223333:role/sfn-*',
          Condition: { StringEquals: { 'iam:PassedToService': 'states.amazonaws.com' } },
        },
      ],
    });
  });
  it('is left out without a prefix', () => {
    expect(serviceRole.build({ ...serviceRole.example, passRolePrefix: '' }).companion).toBeUndefined();
  });
});

describe('service-role: property', () => {
  const input = fc.constantFrom(...SERVICES).chain((service) =>
    service.sourceKeys !== 'not-sent'
      ? fc
          .record({
            service: fc.constant(service.id),
            account: accountId,
            useAccount: fc.boolean(),
            region: fc.constantFrom('us-east-1', 'eu-west-1', '*'),
            resource: fc.constantFrom('*', 'x/*', 'orders-?'),
            useArn: fc.boolean(),
            passRolePrefix: fc.constantFrom('', 'app-', 'svc.role='),
          })
          .map((r) => ({
            service: r.service,
            sourceAccount: r.useAccount ? r.account : '',
            sourceArn: r.useArn ? `arn:aws:${service.arnService}:${r.region}:${r.account}:${r.resource}` : '',
            passRolePrefix: r.passRolePrefix,
          }))
      : fc.record({
          service: fc.constant(service.id),
          sourceAccount: fc.constant(''),
          sourceArn: fc.constant(''),
          passRolePrefix: fc.constantFrom('', 'app-'),
        }),
  );
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(serviceRole, x)),
      { numRuns: 80 },
    );
  });
});

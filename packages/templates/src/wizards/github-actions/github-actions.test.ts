import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountId } from '../../../test/arbitraries.js';
import { describeWizardFixtures, proveInput, type WizardFixtures } from '../../../test/wizard-harness.js';
import fixtures from './fixtures.json' with { type: 'json' };
import { githubActions } from './index.js';

describeWizardFixtures(githubActions, fixtures as WizardFixtures);

describe('github-actions: warnings and scenarios', () => {
  it('warns about a wildcard over repositories', () => {
    const out = githubActions.build({ ...githubActions.example, repos: ['*'] });
    expect(out.warnings.some((w) => w.startsWith('Wildcard over repositories (repo:example-org/*)'))).toBe(
      true,
    );
  });
  it("denies another repository's branch and a token for GitHub's default audience", () => {
    const names = githubActions
      .build({ ...githubActions.example, refKind: 'branch', refs: ['main'] })
      .scenarios.map((s) => s.name);
    expect(names).toContain(
      'denied: another repository of the organization (example-org/other-payments-api)',
    );
    expect(names).toContain("denied: a token requested for another audience (GitHub's default)");
  });
});

describe('github-actions: property', () => {
  const name = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/);
  const wild = fc.oneof(
    { weight: 4, arbitrary: name },
    { weight: 1, arbitrary: name.map((n) => `${n.slice(0, 6)}*`) },
  );
  const input = fc.record({
    providerAccount: accountId,
    org: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,12}$/),
    repos: fc.uniqueArray(wild, { minLength: 1, maxLength: 3 }),
    refKind: fc.constantFrom(
      'branch' as const,
      'environment' as const,
      'tag' as const,
      'pull_request' as const,
    ),
    refs: fc.uniqueArray(fc.oneof(wild, fc.constantFrom('main', 'release/1.x', 'prod')), {
      minLength: 1,
      maxLength: 3,
    }),
    repositoryIds: fc.uniqueArray(fc.stringMatching(/^[1-9][0-9]{5,9}$/), { maxLength: 2 }),
  });
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(githubActions, x)),
      { numRuns: 80 },
    );
  });
});

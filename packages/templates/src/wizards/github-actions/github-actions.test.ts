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
  it('warns about names-only trust without IDs, and not once the IDs are pinned', () => {
    const bare = { ...githubActions.example, ownerId: '', repositoryIds: [] };
    expect(githubActions.build(bare).warnings.some((w) => w.startsWith('Names only:'))).toBe(true);
    expect(githubActions.build(githubActions.example).warnings.some((w) => w.startsWith('Names only:'))).toBe(
      false,
    );
  });
  it('writes immutable subjects with the IDs inside and no separate ID conditions', () => {
    const out = githubActions.build({
      ...githubActions.example,
      subjectFormat: 'immutable',
      refKind: 'branch',
      refs: ['main'],
    });
    expect(out.statements[0]?.Condition).toEqual({
      StringEquals: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub':
          'repo:example-org@65/payments-api@812345678:ref:refs/heads/main',
      },
    });
    expect(out.scenarios.map((s) => s.name)).toContain(
      'denied: a token with the names-only subject (the repository does not use immutable subjects)',
    );
  });
});

describe('github-actions: property', () => {
  const name = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/);
  const wild = fc.oneof(
    { weight: 4, arbitrary: name },
    { weight: 1, arbitrary: name.map((n) => `${n.slice(0, 6)}*`) },
  );
  const refKind = fc.constantFrom(
    'branch' as const,
    'environment' as const,
    'tag' as const,
    'pull_request' as const,
  );
  const refs = fc.uniqueArray(fc.oneof(wild, fc.constantFrom('main', 'release/1.x', 'prod')), {
    minLength: 1,
    maxLength: 3,
  });
  const id = fc.stringMatching(/^[1-9][0-9]{5,9}$/);
  const org = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,12}$/);
  const workflows = fc.uniqueArray(
    fc.constantFrom(
      'example-org/deploy/.github/workflows/deploy.yml@refs/heads/main',
      'example-org/deploy/.github/workflows/deploy.yml@refs/tags/v*',
      'octo/shared/.github/workflows/release.yaml@*',
    ),
    { maxLength: 2 },
  );
  const names = fc.record({
    providerAccount: accountId,
    org,
    ownerId: fc.oneof(fc.constant(''), id),
    repos: fc.uniqueArray(wild, { minLength: 1, maxLength: 3 }),
    subjectFormat: fc.constant('names' as const),
    refKind,
    refs,
    repositoryIds: fc.uniqueArray(id, { maxLength: 2 }),
    jobWorkflowRefs: workflows,
  });
  // Immutable subjects: exact repository names, each with its own ID.
  const immutable = fc
    .uniqueArray(fc.tuple(name, id), { minLength: 1, maxLength: 3, selector: ([n]) => n })
    .filter((pairs) => new Set(pairs.map(([, i]) => i)).size === pairs.length)
    .chain((pairs) =>
      fc.record({
        providerAccount: accountId,
        org,
        ownerId: id,
        repos: fc.constant(pairs.map(([n]) => n)),
        subjectFormat: fc.constant('immutable' as const),
        refKind,
        refs,
        repositoryIds: fc.constant(pairs.map(([, i]) => i)),
        jobWorkflowRefs: workflows,
      }),
    );
  const input = fc.oneof(names, immutable);
  it('build → lint clean, scenarios hold, recognize round-trips', () => {
    fc.assert(
      fc.property(input, (x) => void proveInput(githubActions, x)),
      { numRuns: 80 },
    );
  });
});

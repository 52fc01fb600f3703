import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { EXAMPLE_TITLES, type ExampleTitle } from './pages/app-page';

const FILES: Record<ExampleTitle, string> = {
  'Third-party auditor': 'third-party-auditor',
  'Org-wide role': 'org-wide-role',
  'EC2 service role': 'ec2-service-role',
  'SAML federation': 'saml-federation',
  'GitHub Actions': 'github-actions',
};
const LABELS = {
  allow: 'Allow',
  'explicit-deny': 'Explicit deny',
  'implicit-deny': 'Implicit deny',
} as const;

/** The seed file the menu item opens (examples/ at the repository root). */
function seed(title: ExampleTitle): {
  role: string;
  scenarios: { name: string; expect: keyof typeof LABELS }[];
} {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'examples', `${FILES[title]}.trust.json`), 'utf8'),
  );
}

for (const title of EXAMPLE_TITLES) {
  test(`example "${title}": every scenario shows a verdict and meets its expectation`, async ({ app }) => {
    const file = seed(title);
    await app.loadExample(title);
    const { whatIf, findings } = app;
    await expect(whatIf.items).toHaveCount(file.scenarios.length);
    expect(await whatIf.names()).toEqual(file.scenarios.map((s) => s.name));
    for (const scenario of file.scenarios) {
      await expect(whatIf.verdict(scenario.name), scenario.name).toHaveText(LABELS[scenario.expect]);
      await expect(whatIf.expectation(scenario.name), scenario.name).toHaveText('✓ Meets expectation');
    }
    await expect(whatIf.summary).toHaveText(`All ${file.scenarios.length} expectations met`);
    // The first scenario is selected and explained; AWS would accept every seed policy.
    const first = file.scenarios[0]?.name ?? '';
    await expect(whatIf.selectButton(first)).toHaveAttribute('aria-pressed', 'true');
    await expect(whatIf.why.root).toHaveAccessibleName(`Why: ${first}`);
    await expect(findings.count).toHaveText(/^0 errors, \d+ other$/);
    await expect(app.roleArn).toHaveValue(file.role);
  });
}

test('opening an example keeps the previous work, which Restore brings back', async ({ app }) => {
  await app.loadExample('EC2 service role');
  await app.loadExample('GitHub Actions');
  await expect(app.whatIf.scenario('workflow on the main branch is allowed')).toBeVisible();
  await app.restorePrevious.click();
  await expect(app.status('Restored your previous work. The other copy is kept.')).toBeVisible();
  await expect(app.whatIf.scenario('EC2 obtaining instance profile credentials is allowed')).toBeVisible();
  await expect(app.whatIf.items).toHaveCount(4);
  await expect(app.roleArn).toHaveValue('arn:aws:iam::444455556666:role/WebServerInstance');
});

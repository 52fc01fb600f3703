import { expect, test } from './fixtures';
import type { AppPage } from './pages/app-page';
import { AcceptedFindings, FindingActions } from './pages/rule-docs';
import { openLink, SharePanel } from './pages/share-panel';

/**
 * Something AWS rejects (Resource) and six dangers (anyone, BoolIfExists on MFA in an Allow, an
 * OIDC provider without aud, a GitHub repository named only by names, a wildcard under
 * StringEquals, and a whole account with no condition while the role's ARN is unknown, so it may
 * be another account); no notes.
 */
const DANGEROUS = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Anyone",
      "Effect": "Allow",
      "Principal": { "AWS": "*" },
      "Action": "sts:AssumeRole",
      "Condition": { "BoolIfExists": { "aws:MultiFactorAuthPresent": "true" } }
    },
    {
      "Sid": "Ci",
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": { "StringEquals": { "token.actions.githubusercontent.com:sub": "repo:example-org/*" } }
    },
    {
      "Sid": "Partner",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::444455556666:root" },
      "Action": "sts:AssumeRole",
      "Resource": "*"
    }
  ]
}`;

const ERRORS = ['resource-in-trust-policy'];
const WARNINGS = [
  'any-principal-without-condition',
  'mfa-bool-if-exists-in-allow',
  'oidc-missing-audience-condition',
  'github-trust-by-name-only',
  'wildcard-without-like-operator',
  'foreign-account-trust-without-condition',
];
const NOTES: string[] = [];

/** The codes of the reported findings, in the panel's order (each has an "About <code>" button). */
async function reportedCodes(app: AppPage): Promise<string[]> {
  const names = await app.findings.region
    .getByRole('button', { name: /^About / })
    .evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));
  return names.map((name) => name.replace(/^About /, ''));
}

test('a dangerous policy: findings grouped by severity, each one a marker in the editor, each with its doc page', async ({
  app,
  page,
}) => {
  await app.editor.replaceText(DANGEROUS);
  const { findings } = app;
  await expect(findings.count).toHaveText('1 error, 6 other');
  await expect(findings.region.getByRole('heading', { level: 3 })).toHaveText([
    'Errors: AWS would reject the policy (1)',
    'Warnings (6)',
  ]);
  // Grouped: errors, then warnings, then notes.
  expect(await reportedCodes(app)).toEqual([...ERRORS, ...WARNINGS, ...NOTES]);
  // Errors cannot be accepted; warnings and notes can.
  await expect(new FindingActions(page, ERRORS[0] ?? '').acceptButton).toHaveCount(0);
  for (const code of [...WARNINGS, ...NOTES])
    await expect(new FindingActions(page, code).acceptButton).toHaveCount(1);
  await expect(findings.showButton('mfa-bool-if-exists-in-allow')).toHaveText('line 9:22');

  // The editor marks the same findings: "Go to next problem" (F8) visits each of them.
  await app.editor.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  const markerCount = app.editor.region.getByText(/^\d+ of \d+ problems?$/);
  const marker = app.editor.region.getByRole('alert').filter({ hasText: /trustwright\([\w-]+\)$/ });
  const visited = new Set<string>();
  for (let i = 1; i <= 7; i++) {
    await page.keyboard.press('F8');
    await expect(markerCount).toHaveText(`${i} of 7 problems`);
    const text = (await marker.textContent()) ?? '';
    visited.add(/trustwright\(([\w-]+)\)$/.exec(text)?.[1] ?? text);
  }
  expect([...visited].sort()).toEqual([...ERRORS, ...WARNINGS, ...NOTES].sort());
  await page.keyboard.press('Escape');
  await expect(markerCount).toBeHidden();

  // "About <code>" opens the rule's page, rendered from its Markdown.
  const rule = new FindingActions(page, 'wildcard-without-like-operator');
  await expect(rule.about).toHaveAttribute('aria-expanded', 'false');
  await rule.about.click();
  await expect(rule.about).toHaveAttribute('aria-expanded', 'true');
  await expect(rule.doc.getByRole('heading', { name: 'wildcard-without-like-operator' })).toBeVisible();
  for (const section of ['What it finds', 'Why it matters', 'How to fix', 'References'])
    await expect(rule.doc.getByRole('heading', { name: section, exact: true })).toBeVisible();
  await expect(rule.doc).toContainText('Severity: warning');
  await rule.about.click();
  await expect(rule.doc).toBeHidden();
});

test('a quick fix changes the text and its finding goes away', async ({ app, page }) => {
  await app.editor.replaceText(DANGEROUS);
  const wildcard = new FindingActions(page, 'wildcard-without-like-operator');
  // A fix that changes who can assume the role says so, and waits to be chosen.
  await expect(wildcard.fixes).toHaveText(['Fix: Write "StringLike" (changes who can assume the role)']);
  expect(await app.editor.text()).toBe(DANGEROUS);
  await wildcard.fixes.click();
  const fixed = DANGEROUS.replace(
    '"StringEquals": { "token.actions.githubusercontent.com:sub"',
    '"StringLike": { "token.actions.githubusercontent.com:sub"',
  );
  await expect.poll(() => app.editor.text()).toBe(fixed);
  await expect(wildcard.item).toHaveCount(0);
  await expect(new FindingActions(page, 'mfa-bool-if-exists-in-allow').item).toHaveCount(1);

  // The error's fix: Resource goes, and with it the only error.
  const resource = new FindingActions(page, 'resource-in-trust-policy');
  await resource.fix('Remove Resource').click();
  await expect(resource.item).toHaveCount(0);
  await expect(app.findings.count).toHaveText(/^0 errors, \d+ other$/);
  await expect(app.findings.group('Errors')).toHaveCount(0);
  const text = await app.editor.text();
  expect(text).not.toContain('"Resource"');
  expect(JSON.parse(text).Statement[2]).toEqual({
    Sid: 'Partner',
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::444455556666:root' },
    Action: 'sts:AssumeRole',
  });
});

test('a finding accepted with a reason moves to Accepted, survives a reload, and travels in the trust file and links', async ({
  app,
  page,
  openFreshApp,
}) => {
  await app.editor.replaceText(DANGEROUS);
  const code = 'oidc-missing-audience-condition';
  const reason = 'The provider only issues tokens for sts.amazonaws.com.';
  const finding = new FindingActions(page, code);

  // A reason is required.
  await finding.acceptButton.click();
  await finding.acceptSubmit.click();
  await expect(finding.acceptForm.getByRole('alert')).toHaveText(
    'Say why this is acceptable: the reason is what the next reviewer reads.',
  );
  await expect(finding.reason).toHaveAttribute('aria-invalid', 'true');
  await finding.reason.fill(reason);
  await finding.acceptSubmit.click();
  await expect(finding.item).toHaveCount(0);

  const accepted = new AcceptedFindings(page);
  await expect(app.findings.group('Warnings')).toHaveText('Warnings (5)');
  await expect(accepted.summary).toHaveText('Accepted (1)');
  await accepted.expand();
  await expect(accepted.item(code)).toContainText(`Accepted: ${reason}`);

  // A reload keeps it.
  await app.reload();
  await expect(accepted.summary).toHaveText('Accepted (1)');
  await expect(finding.item).toHaveCount(0);
  await accepted.expand();
  await expect(accepted.item(code)).toContainText(`Accepted: ${reason}`);

  // The trust file keeps it.
  const file = JSON.parse((await app.download()).bytes.toString('utf8'));
  expect(file.suppressions).toEqual([{ code, path: expect.stringMatching(/Statement/), reason }]);

  // So does a share link, opened in another browser profile.
  const url = await new SharePanel(page).url();
  const other = await openFreshApp();
  await openLink(other, url);
  const theirs = new AcceptedFindings(other.page);
  await expect(theirs.summary).toHaveText('Accepted (1)');
  await expect(new FindingActions(other.page, code).item).toHaveCount(0);
  await theirs.expand();
  await expect(theirs.item(code)).toContainText(`Accepted: ${reason}`);

  // "Report it again" brings it back among the warnings.
  await accepted.item(code).getByRole('button', { name: 'Report it again' }).click();
  await expect(finding.item).toHaveCount(1);
  await expect(accepted.summary).toHaveCount(0);
  await expect(app.findings.group('Warnings')).toHaveText('Warnings (6)');
});

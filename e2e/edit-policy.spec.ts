import { expect, test } from './fixtures';

const ALLOWED = 'auditor with external id and MFA from the office range during the engagement is allowed';
const NO_EXTERNAL_ID = 'auditor without the external id is implicitly denied';

test.beforeEach(async ({ app }) => {
  await app.loadExample('Third-party auditor');
  await expect(app.whatIf.verdict(ALLOWED)).toHaveText('Allow');
});

test('changing the external id flips a verdict and updates the Why panel and the findings', async ({
  app,
}) => {
  const { editor, whatIf, findings } = app;
  const before = await editor.text();
  await expect(findings.finding('wildcard-without-like-operator')).toHaveCount(0);
  // Put the editor's selection on the external id through the Why panel, then type over it.
  await whatIf.why.line(/^StringEquals sts:ExternalId: /).click();
  // The Why line selects the whole condition entry: key and value.
  await expect.poll(() => editor.selectedText()).toBe('"sts:ExternalId": "Audit-2026-7f3c"');
  await editor.paste('"sts:ExternalId": "Audit-*"');

  await expect(whatIf.verdict(ALLOWED)).toHaveText('Implicit deny');
  await expect(whatIf.expectation(ALLOWED)).toHaveText('✗ Expected Allow');
  await expect(whatIf.verdict(NO_EXTERNAL_ID)).toHaveText('Implicit deny');
  await expect(whatIf.expectation(NO_EXTERNAL_ID)).toHaveText('✓ Meets expectation');
  await expect(whatIf.summary).toHaveText('1 of 5 expectations not met');

  await expect(whatIf.why.root).toHaveAccessibleName(`Why: ${ALLOWED}`);
  await expect(whatIf.why.heading()).toHaveText('Why Implicit deny');
  await expect(whatIf.why.verdictLine).toHaveText(/^Implicit deny: no statement allows /);
  await expect(whatIf.why.line(/^StringEquals sts:ExternalId: /)).toHaveAccessibleName(
    'StringEquals sts:ExternalId: "Audit-2026-7f3c" does not match "Audit-*".',
  );

  // StringEquals takes "*" literally: the linter says so, and its line button finds the value.
  await expect(findings.finding('wildcard-without-like-operator')).toHaveCount(1);
  await expect(findings.count).toHaveText(/^0 errors, [1-9]\d* other$/);
  await expect(findings.group('Warnings')).toBeVisible();
  await findings.showButton('wildcard-without-like-operator').click();
  await expect.poll(() => editor.selectedText()).toBe('"Audit-*"');

  expect(await editor.text()).toBe(before.replace('"Audit-2026-7f3c"', '"Audit-*"'));
});

test('an invalid JSON edit shows a json-syntax finding and keeps the text as typed', async ({ app }) => {
  const { editor, whatIf, findings } = app;
  const broken = (await editor.text()).replace('"Audit-2026-7f3c" }', '"Audit-2026-7f3c", }');
  await editor.replaceText(broken);

  await expect(findings.count).toHaveText(/^1 error, /);
  await expect(findings.group('Errors')).toHaveText('Errors: AWS would reject the policy (1)');
  await expect(findings.finding('json-syntax')).toContainText('Trailing comma');
  const position = broken.split('\n').findIndex((line) => line.includes('"Audit-2026-7f3c", }'));
  await expect(findings.showButton('json-syntax')).toHaveText(new RegExp(`^line ${position + 1}:\\d+$`));
  // The scenarios keep showing a verdict while the text is broken.
  await whatIf.expectAllEvaluated();

  expect(await editor.text()).toBe(broken);
  await app.reload();
  expect(await editor.text()).toBe(broken);
  await expect(findings.finding('json-syntax')).toHaveCount(1);
});

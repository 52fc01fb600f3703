import { expect, test } from './fixtures';

/**
 * The built page ships a Content-Security-Policy with no inline script, no eval and no other
 * origin (issue 4). Everything must work under it, Monaco and its workers included: any
 * violation the browser reports fails the test.
 */
test('the page runs under its Content-Security-Policy without a single violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  await page.goto('/');

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
  expect(csp).toContain("connect-src 'self'");

  // Exercise what loads lazily: Monaco and its workers, the scenario form, wizards, sharing.
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: 'Third-party auditor' }).click();
  await expect(page.getByRole('list', { name: 'Scenarios' }).getByRole('listitem')).toHaveCount(5);
  const editor = page.getByRole('textbox', { name: 'Trust policy' });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+Space');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add scenario' }).click();
  const form = page.getByRole('form', { name: 'New scenario' });
  await expect(form).toBeVisible();
  // Submitting the blank form runs its zod schema: zod's eval probe would be refused here.
  await form.getByRole('button', { name: 'Save scenario' }).click();
  await expect(form.getByRole('textbox', { name: 'Caller' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Wizards' }).click();
  const wizards = page.getByRole('region', { name: 'Wizards' });
  await expect(wizards).toBeVisible();
  await wizards.getByRole('button', { name: /^Third-party auditor/ }).click();
  await wizards.getByRole('button', { name: 'Preview the policy' }).click();
  await expect(wizards.locator('[aria-invalid="true"]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#v1\./);

  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations).toEqual([]);
  expect(console).toEqual([]);
});

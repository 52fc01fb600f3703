import { expect, test } from './fixtures';

test.use({ colorScheme: 'dark' });

test('the theme switch sets the document theme, and the choice survives a reload', async ({ app }) => {
  // "System" follows the browser, which prefers dark here.
  await expect(app.theme).toHaveValue('system');
  await expect.poll(() => app.documentTheme()).toBe('dark');

  await app.theme.selectOption({ label: 'Light' });
  await expect.poll(() => app.documentTheme()).toBe('light');
  await app.theme.selectOption({ label: 'Dark' });
  await expect.poll(() => app.documentTheme()).toBe('dark');
  await app.theme.selectOption({ label: 'Light' });
  await expect.poll(() => app.documentTheme()).toBe('light');

  await app.reload();
  await expect(app.theme).toHaveValue('light');
  await expect.poll(() => app.documentTheme()).toBe('light');
  await app.theme.selectOption({ label: 'System' });
  await expect.poll(() => app.documentTheme()).toBe('dark');
});

test('"System" follows the browser when its preference changes', async ({ app, page }) => {
  // With "System" chosen, the page follows the preference while it is open, not only at load.
  await expect(app.theme).toHaveValue('system');
  await expect.poll(() => app.documentTheme()).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => app.documentTheme(), { timeout: 2000 }).toBe('light');
});

import { expect, test } from '@playwright/test';

test('the app loads offline and runs the engine in the page', async ({ page }) => {
  const origins = new Set<string>();
  page.on('request', (request) => {
    origins.add(new URL(request.url()).origin);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Trustwright' })).toBeVisible();
  await expect(page.getByText('EC2 may assume the sample role: allow')).toBeVisible();
  expect([...origins]).toEqual(['http://127.0.0.1:4173']);
});

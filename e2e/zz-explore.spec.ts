import { test } from '@playwright/test';
test('explore', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: 'Third-party auditor' }).click();
  const tb = page.getByRole('code').getByRole('textbox', { name: 'Trust policy' });
  await tb.waitFor();
  console.log(await tb.evaluate((e) => e.outerHTML));
  await page.getByRole('button', { name: /^auditor without the external id/ }).click();
  console.log(await page.getByRole('region', { name: /^Why:/ }).ariaSnapshot());
  await page.getByRole('region', { name: /^Why:/ }).getByRole('button', { name: /sts:ExternalId/ }).click();
  await page.waitForTimeout(300);
  console.log(await tb.evaluate((e: any) => JSON.stringify({v: e.value, s: e.selectionStart, e: e.selectionEnd, focus: document.activeElement === e})));
  console.log(await page.locator('.view-lines .tw-highlight').allTextContents());
  console.log(await page.locator('.view-overlays .selected-text').count(), await page.locator('.view-overlays .current-line').count());
  console.log(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 300)));
});

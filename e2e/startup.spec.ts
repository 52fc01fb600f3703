import type { Page, Route } from '@playwright/test';
import { expect, NOW, test } from './fixtures';
import { AppPage } from './pages/app-page';

/** Monaco's chunk (the lazy module that pulls in Monaco), held or failed to pin down the startup. */
const MONACO_CHUNK = /\/assets\/monaco-policy-editor-[\w-]+\.js$/;

/** Holds every request for Monaco's chunk until `release()`; the page works on meanwhile. */
async function holdMonaco(page: Page): Promise<{ release: () => void; requested: Promise<void> }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let requested = () => {};
  const seen = new Promise<void>((resolve) => {
    requested = resolve;
  });
  await page.route(MONACO_CHUNK, async (route: Route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, requested: seen };
}

test('the page is usable before Monaco arrives, and Monaco takes over the text, the focus and the caret', async ({
  page,
}) => {
  // No fixed clock here: Playwright's clock replaces `performance`, marks included, and the
  // default policy has no dates.
  const monaco = await holdMonaco(page);
  const app = new AppPage(page);
  await page.goto('/');

  // The plain editor, the findings and the What-if panel work with Monaco still on its way.
  await expect(app.editor.textbox).toBeVisible();
  await expect(app.findings.count).toHaveText(/^0 errors, \d+ other$/);
  await expect(app.whatIf.addButton).toBeEnabled();
  await monaco.requested;
  await expect(app.editor.monaco).toHaveCount(0);
  // The first usable paint was marked for `pnpm bench` (scripts/measure-app.mjs).
  expect(await page.evaluate(() => performance.getEntriesByName('trustwright:usable').length)).toBe(1);

  // Typing into the textarea: the text is checked at once (a trailing comma is an error).
  await app.editor.textbox.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.type(',');
  await expect(app.findings.count).toHaveText(/^1 error, /);
  await expect(app.findings.finding('json-syntax')).toContainText('Trailing comma');

  // Monaco arrives: it shows the same text, has the focus, and the caret is where it was.
  monaco.release();
  await app.editor.ready();
  await expect(app.editor.monaco).toBeFocused();
  await page.keyboard.type(' ');
  await expect(app.editor.textbox).toHaveCount(1);
  const text = await app.editor.text();
  expect(text.split('\n').at(-2)).toBe('  ], ');
});

test('if Monaco cannot be loaded, the plain editor stays and says so', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.route(MONACO_CHUNK, (route) => route.abort());
  const app = new AppPage(page);
  await page.goto('/');
  await expect(
    page.getByRole('status').filter({ hasText: 'The code editor could not be loaded' }),
  ).toBeVisible();
  await app.editor.textbox.fill('{');
  await expect(app.findings.finding('json-syntax')).toHaveCount(1);
  await expect(app.editor.monaco).toHaveCount(0);
});

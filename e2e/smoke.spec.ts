import { APP_ORIGIN, expect, isOwnOrigin, test } from './fixtures';
import { PREVIEW_PORT } from './port';

test('the app loads from its own origin, upgrades to Monaco and starts empty', async ({ app, requests }) => {
  await expect(app.heading).toBeVisible();
  await expect(app.editor.monaco).toBeVisible();
  await expect(app.findings.count).toHaveText(/^0 errors, \d+ other$/);
  await expect(app.whatIf.region.getByText(/^No scenarios yet\./)).toBeVisible();
  await expect(app.whatIf.addButton).toBeEnabled();
  await expect(app.roleArn).toHaveValue('');
  // Monaco's JSON worker came from the app's own origin too (the fixture checks every URL).
  await expect.poll(() => requests.workers.length).toBeGreaterThan(0);
  expect(requests.workers.every((url) => url.startsWith(`${APP_ORIGIN}/`))).toBe(true);
});

test('the request guard sees what workers request, and only the app origin passes', async ({
  app,
  page,
  requests,
}) => {
  // A worker's own fetch is logged like the page's (the fixture's check relies on it).
  await page.evaluate((origin) => {
    const code = `fetch('${origin}/e2e-worker-probe').catch(() => {})`;
    new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  }, APP_ORIGIN);
  await expect.poll(() => requests.urls.filter((url) => url.endsWith('/e2e-worker-probe'))).toHaveLength(1);
  expect(isOwnOrigin(`${APP_ORIGIN}/assets/index.js`)).toBe(true);
  expect(isOwnOrigin(`blob:${APP_ORIGIN}/0f6c`)).toBe(true);
  expect(isOwnOrigin('data:font/woff2;base64,AAAA')).toBe(true);
  for (const url of [
    `http://127.0.0.1:${PREVIEW_PORT + 1}/`,
    `http://127.0.0.1:${PREVIEW_PORT}0/`,
    `http://localhost:${PREVIEW_PORT}/`,
    `https://127.0.0.1:${PREVIEW_PORT}/`,
    `http://127.0.0.1:${PREVIEW_PORT}.example.com/`,
    `ws://127.0.0.1:${PREVIEW_PORT}/`,
  ])
    expect(isOwnOrigin(url), url).toBe(false);
  await expect(app.heading).toBeVisible();
});

import { expect, test } from './fixtures';

test('the app loads from its own origin, upgrades to Monaco and starts empty', async ({ app, requests }) => {
  await expect(app.heading).toBeVisible();
  await expect(app.editor.monaco).toBeVisible();
  await expect(app.findings.count).toHaveText('0 errors, 0 other');
  await expect(app.whatIf.region.getByText(/^No scenarios yet\./)).toBeVisible();
  await expect(app.whatIf.addButton).toBeEnabled();
  await expect(app.roleArn).toHaveValue('');
  // Monaco's JSON worker came from the app's own origin too (the fixture checks every URL).
  await expect.poll(() => requests.workers.length).toBeGreaterThan(0);
  expect(requests.workers.every((url) => url.startsWith('http://127.0.0.1:4173/'))).toBe(true);
});

import { readFile } from 'node:fs/promises';
import { APP_ORIGIN, expect, test } from './fixtures';
import type { AppPage } from './pages/app-page';
import { IncomingLink, openLink, SharePanel } from './pages/share-panel';
import { longPolicy } from './policies';

/** Whitespace a formatter would change: tabs, trailing blanks, blank and blank-only lines, no tidy end. */
const ODD_WHITESPACE_POLICY = [
  '{',
  '\t"Version" :  "2012-10-17",   ',
  '',
  '    ',
  '  "Statement":[',
  '\t\t{ "Sid": "Tabs and  spaces",\t"Effect":"Allow",',
  '      "Principal" : {"AWS":"arn:aws:iam::111122223333:root"} ,  ',
  '',
  '\t  "Action":"sts:AssumeRole"  }',
  '   ]',
  '}',
  '',
  '  ',
].join('\n');

/** The work as a user sees it, to compare two pages. */
async function snapshot(app: AppPage) {
  await app.whatIf.expectAllEvaluated();
  return {
    policyText: await app.editor.text(),
    role: await app.roleArn.inputValue(),
    scenarios: await app.whatIf.outcomes(),
  };
}

test('a link opened in a fresh browser profile restores the work exactly; both downloads are byte-identical', async ({
  app,
  openFreshApp,
}) => {
  await app.loadExample('Third-party auditor');
  await app.roleArn.fill('arn:aws:iam::444455556666:role/audit/ExternalAuditor');
  const selected = 'auditor calling from outside the listed IP ranges is implicitly denied';
  await app.whatIf.select(selected);
  const mine = await snapshot(app);

  const share = new SharePanel(app.page);
  const url = await share.url();
  // Only the fragment holds the work: nothing in the path or the query, which servers see.
  const parsed = new URL(url);
  expect(`${parsed.origin}${parsed.pathname}${parsed.search}`).toBe(`${APP_ORIGIN}/`);
  expect(parsed.hash).toMatch(/^#v1\.[\w-]+$/);
  await expect(share.size).toHaveText(`${url.length.toLocaleString('en')} characters`);
  // The auditor example with its five scenarios fits in a short link.
  expect(url.length).toBeLessThanOrEqual(1_200);
  await expect(share.longLinkAlert).toHaveCount(0);
  await share.copy.click();
  await expect(share.copyStatus).toHaveText('Copied.');
  expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  const myFile = await app.download();

  const other = await openFreshApp();
  await openLink(other, url);
  // An untouched profile takes the shared work at once, no question asked.
  await expect(other.status('Opened the shared link. Your previous work is kept.')).toBeVisible();
  await expect(new IncomingLink(other.page).offer).toHaveCount(0);
  expect(await snapshot(other)).toEqual(mine);
  await expect(other.whatIf.selectButton(selected)).toHaveAttribute('aria-pressed', 'true');
  await expect(other.whatIf.why.root).toHaveAccessibleName(`Why: ${selected}`);

  const theirFile = await other.download();
  expect(theirFile.name).toBe(myFile.name);
  expect(
    theirFile.bytes.equals(myFile.bytes),
    'the trust file downloaded from the link is byte-identical',
  ).toBe(true);
});

test('odd whitespace in the policy text survives the link byte for byte', async ({ app, openFreshApp }) => {
  await app.editor.replaceText(ODD_WHITESPACE_POLICY);
  expect(await app.editor.text(), 'the editor holds the text as pasted').toBe(ODD_WHITESPACE_POLICY);
  const url = await new SharePanel(app.page).url();
  const myFile = await app.download();

  const other = await openFreshApp();
  await openLink(other, url);
  await expect(other.status('Opened the shared link. Your previous work is kept.')).toBeVisible();
  expect(await other.editor.text()).toBe(ODD_WHITESPACE_POLICY);
  const theirFile = await other.download();
  expect(theirFile.bytes.equals(myFile.bytes), 'the trust files are byte-identical').toBe(true);
});

test('a reviewer link opens read-only, keeps the reviewer’s own work, and "Edit a copy" makes it editable', async ({
  app,
  openFreshApp,
}) => {
  await app.loadExample('GitHub Actions');
  const selected = (await app.whatIf.names())[1] ?? '';
  await app.whatIf.select(selected);
  const shared = await snapshot(app);
  const url = await new SharePanel(app.page).url('review');
  const sharedFile = await app.download();

  // The reviewer has work of their own in their browser.
  const reviewer = await openFreshApp();
  const ownPolicy = ODD_WHITESPACE_POLICY.replace('111122223333', '999988887777');
  await reviewer.editor.replaceText(ownPolicy);
  await openLink(reviewer, url);

  const incoming = new IncomingLink(reviewer.page);
  await expect(incoming.reviewerView).toBeVisible();
  await expect(incoming.reviewerView).toContainText(
    'Reviewer view: this is a shared trust policy, read-only.',
  );
  // No choice to make: the reviewer's own work is not touched by a read-only view.
  await expect(incoming.offer).toHaveCount(0);
  // Verdicts, explanations, findings and the policy, as the author saw them.
  expect(await snapshot(reviewer)).toEqual(shared);
  await expect(reviewer.whatIf.selectButton(selected)).toHaveAttribute('aria-pressed', 'true');
  await expect(reviewer.whatIf.why.root).toHaveAccessibleName(`Why: ${selected}`);
  await expect(reviewer.findings.region).toBeVisible();

  // No editing controls.
  const { page } = reviewer;
  await expect(reviewer.openButton).toBeDisabled();
  await expect(reviewer.examplesButton).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Wizards' })).toHaveCount(0);
  await expect(reviewer.whatIf.addButton).toHaveCount(0);
  await expect(reviewer.whatIf.region.getByRole('button', { name: /^(Edit|Duplicate|Delete) / })).toHaveCount(
    0,
  );
  await expect(reviewer.findings.region.getByRole('button', { name: /^(Fix: |Accept…)/ })).toHaveCount(0);
  await expect(reviewer.roleArn).not.toBeEditable();
  // Typing into the editor changes nothing.
  await reviewer.editor.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('typed by the reviewer');
  await page.keyboard.press('Enter');
  expect(await reviewer.editor.text()).toBe(shared.policyText);
  // The reviewer can still take the file: the same bytes as the author's.
  const reviewerFile = await reviewer.download();
  expect(reviewerFile.bytes.equals(sharedFile.bytes), 'the reviewer downloads the same trust file').toBe(
    true,
  );

  await incoming.editCopy.click();
  await expect(incoming.reviewerView).toBeHidden();
  await expect(
    reviewer.status('You are editing a copy of the shared work. Your previous work is kept.'),
  ).toBeVisible();
  await expect(reviewer.openButton).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Wizards' })).toBeVisible();
  await expect(reviewer.whatIf.addButton).toBeVisible();
  await expect(reviewer.roleArn).toBeEditable();
  const edited = shared.policyText.replace('"Version"', '"Id": "reviewed",\n  "Version"');
  await reviewer.editor.replaceText(edited);
  expect(await reviewer.editor.text()).toBe(edited);

  // The reviewer's own work was kept aside, not lost.
  await reviewer.restorePrevious.click();
  expect(await reviewer.editor.text()).toBe(ownPolicy);
});

test('opening a link over one’s own work offers the choice, and both copies stay recoverable', async ({
  app,
  openFreshApp,
}) => {
  await app.loadExample('Org-wide role');
  const shared = await snapshot(app);
  const url = await new SharePanel(app.page).url();

  const other = await openFreshApp();
  await other.editor.replaceText(ODD_WHITESPACE_POLICY);
  await other.roleArn.fill('arn:aws:iam::999988887777:role/Mine');
  const own = await snapshot(other);

  await openLink(other, url);
  const incoming = new IncomingLink(other.page);
  await expect(incoming.offer).toContainText(
    `This link holds a shared trust policy with ${shared.scenarios.length} scenarios. Your own work differs.`,
  );
  // Until the user chooses, their own work is what shows.
  expect(await snapshot(other)).toEqual(own);

  // Keep my work: nothing changes, and the link still offers the shared copy when opened again.
  await incoming.keepMine.click();
  await expect(incoming.offer).toBeHidden();
  await expect(
    other.status('Kept your own work. The shared link is unchanged: open it again to see the shared copy.'),
  ).toBeVisible();
  expect(await snapshot(other)).toEqual(own);

  // Opened again (in the same tab this time: only the fragment changes, the app reads it at once).
  await other.page.goto(url);
  await expect(incoming.offer).toBeVisible();
  await incoming.openShared.click();
  await expect(incoming.offer).toBeHidden();
  await expect(other.status('Opened the shared copy. Your previous work is kept.')).toBeVisible();
  expect(await snapshot(other)).toEqual(shared);

  // Restore swaps the two: each copy is always one click away.
  await other.restorePrevious.click();
  await expect(other.status('Restored your previous work. The other copy is kept.')).toBeVisible();
  expect(await snapshot(other)).toEqual(own);
  await other.restorePrevious.click();
  expect(await snapshot(other)).toEqual(shared);
});

test('a link over 8,000 characters warns and offers the trust file instead', async ({ app }) => {
  const share = new SharePanel(app.page);
  await share.open();
  await expect(share.longLinkAlert).toHaveCount(0);

  const policy = longPolicy();
  await app.editor.replaceText(policy);
  // The link follows the work while the panel is open.
  await expect(share.longLinkAlert).toBeVisible();
  const url = await share.link.inputValue();
  expect(url.length).toBeGreaterThan(8_000);
  await expect(share.size).toHaveText(`${url.length.toLocaleString('en')} characters`);
  await expect(share.longLinkAlert).toContainText(
    `This link is ${url.length.toLocaleString('en')} characters long; some chat and mail programs cut links over about 8,000. Send the trust file instead.`,
  );

  const [download] = await Promise.all([app.page.waitForEvent('download'), share.downloadTrustFile.click()]);
  expect(download.suggestedFilename()).toBe('trust-policy.trust.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  const written = typeof file.policy === 'string' ? JSON.parse(file.policy) : file.policy;
  expect(written).toEqual(JSON.parse(policy));
});

test('the link follows accepted findings while the Share panel is open', async ({ app, openFreshApp }) => {
  // Links carry accepted findings, so accepting one while the panel is open must change the link.
  const share = new SharePanel(app.page);
  const before = await share.url();
  // The starting policy trusts a whole account with no condition and has no role ARN: a warning
  // that can be accepted.
  const warning = app.findings.finding('foreign-account-trust-without-condition');
  await warning.getByRole('button', { name: 'Accept…' }).click();
  const form = warning.getByRole('form', { name: 'Accept foreign-account-trust-without-condition' });
  await form.getByRole('textbox', { name: 'Why is this acceptable here?' }).fill('Our own security account.');
  await form.getByRole('button', { name: 'Accept with this reason' }).click();
  await expect(app.findings.region.getByText('Accepted (1)')).toBeVisible();

  await expect(share.link).not.toHaveValue(before, { timeout: 2_000 });
  const other = await openFreshApp();
  await openLink(other, await share.link.inputValue());
  await expect(other.findings.region.getByText('Accepted (1)')).toBeVisible();
});

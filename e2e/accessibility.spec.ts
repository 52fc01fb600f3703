import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/app-page';
import { AcceptedFindings, FindingActions } from './pages/rule-docs';
import { IncomingLink, openLink, SharePanel } from './pages/share-panel';
import { WIZARD_TITLES, WizardsPanel } from './pages/wizards-panel';
import { longPolicy } from './policies';

// Every view and dialog of the app, checked by axe against WCAG 2.2 AA in both themes. Each
// test walks through several states of one area and checks each state as it is shown.

// A check runs axe twice over a page that holds Monaco (e2e/axe.ts), about a second each on an
// idle machine and several on a shared, busy one: these tests get room for ten or so checks.
test.describe.configure({ timeout: 90_000 });

/** A policy with an error, warnings and notes, quick fixes and rule pages. */
const RISKY_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": "*" },
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": { "sts:ExternalId": "Audit-*" },
        "BoolIfExists": { "aws:MultiFactorAuthPresent": "true" }
      }
    },
    {
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "sts:AssumeRole",
      "Resource": "*"
    }
  ]
}`;

/** The wizards in groups small enough for one test each. */
const WIZARD_GROUPS = [0, 3, 6, 9].map((start) => WIZARD_TITLES.slice(start, start + 3));

const AUDITOR_ALLOWED =
  'auditor with external id and MFA from the office range during the engagement is allowed';

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    // "System" is the default theme choice: the page follows the browser's preference.
    test.use({ colorScheme: theme });

    const check = (
      app: AppPage,
      label: string,
      within?: Parameters<typeof expectNoAxeViolations>[1]['within'],
    ) => expectNoAxeViolations(app.page, { label: `${label} (${theme})`, within });

    test.beforeEach(async ({ app }) => {
      await expect.poll(() => app.documentTheme()).toBe(theme);
    });

    test('main page: empty, with findings and rule pages, with scenarios and why', async ({ app, page }) => {
      await expect(app.findings.count).toBeVisible();
      await check(app, 'main page, first start');

      await app.loadExample('Third-party auditor');
      await expect(app.whatIf.verdict(AUDITOR_ALLOWED)).toHaveText('Allow');
      await expect(app.whatIf.why.root).toBeVisible();
      await check(app, 'main page with an example: scenarios, why, plain words');

      await app.editor.replaceText(RISKY_POLICY);
      await expect(app.findings.group('Errors')).toBeVisible();
      const wildcard = new FindingActions(page, 'wildcard-without-like-operator');
      await wildcard.about.click();
      await expect(wildcard.doc.getByRole('heading', { name: 'References', exact: true })).toBeVisible();
      await wildcard.acceptButton.click();
      await wildcard.acceptSubmit.click();
      await expect(wildcard.acceptForm.getByRole('alert')).toBeVisible();
      await check(app, 'findings of every severity, a rule page, the accept form with its error');

      await wildcard.reason.fill('Reviewed: the literal value is intended.');
      await wildcard.acceptSubmit.click();
      const accepted = new AcceptedFindings(page);
      await accepted.expand();
      await check(app, 'an accepted finding, unfolded');
    });

    test('menus, notices and the paused state', async ({ app, page }) => {
      await app.examplesButton.click();
      await expect(app.examplesMenu).toBeVisible();
      // The open menu covers the text under it: the menu is what is shown.
      await check(app, 'Examples menu, open', app.examplesMenu);
      await page.keyboard.press('Escape');

      await app.loadExample('SAML federation');
      await expect(app.restorePrevious).toBeVisible();
      await check(app, 'the "Opened …" notice with Restore previous work');

      await app.roleArn.fill('arn:aws:iam::1:role/x');
      await expect(app.editor.region.getByRole('alert')).toBeVisible();
      await check(app, 'an invalid role ARN');

      await app.editor.replaceText(`{"Statement": [${'{"Effect": "Allow"},\n'.repeat(12_000)}{}]}`);
      await expect(app.whatIf.pausedNotice).toBeVisible();
      await check(app, 'evaluation paused for a huge policy');
    });

    test('scenario form: empty, with every kind of value, with errors', async ({ app }) => {
      const { whatIf } = app;
      await app.loadExample('Third-party auditor');
      const form = await whatIf.add();
      await check(app, 'new scenario form', form.root);

      await form.fillContext(1, { key: 'sts:ExternalId', value: 'Audit-2026-7f3c' });
      await form.fillContext(2, { key: 'aws:MultiFactorAuthPresent', value: 'true' });
      await form.fillContext(3, { key: 'aws:CurrentTime', value: '2026-12-10T09:30' });
      await form.fillContext(4, { key: 'aws:TagKeys', value: ['team', 'project'] });
      await check(app, 'scenario form with a text, Bool, date-time and multi-valued key', form.root);

      await form.caller.fill('arn:aws:iam::1:user/x');
      await form.fillContext(5, { key: 'aws:SourceIp', value: 'not an address' });
      await form.save.click();
      await expect(form.root.getByRole('alert').first()).toBeVisible();
      await check(app, 'scenario form with field errors', form.root);
      await form.cancel.click();

      await whatIf.editButton(AUDITOR_ALLOWED).click();
      await expect(form.root).toHaveAccessibleName(`Edit ${AUDITOR_ALLOWED}`);
      await check(app, 'editing a scenario: the whole page');
    });

    for (const [group, titles] of WIZARD_GROUPS.entries())
      test(`wizards: ${titles.join('; ')}: the form, then its preview or errors`, async ({ app, page }) => {
        const wizards = new WizardsPanel(page);
        await wizards.open();
        if (group === 0) await check(app, 'wizards list', wizards.region);
        for (const title of titles) {
          await test.step(title, async () => {
            await wizards.choose(title);
            await check(app, `wizard "${title}"`, wizards.region);
            await wizards.previewPolicy();
            // The wizard's own example values preview; empty required fields show their errors.
            await expect(wizards.preview.or(wizards.form.getByRole('alert').first())).toBeVisible();
            await check(app, `wizard "${title}" after Preview`, wizards.region);
          });
        }
        if (group === 0) {
          await wizards.choose('Third-party auditor / cross-account');
          await wizards.field('Trusted account id').fill('12345');
          await wizards.previewPolicy();
          await wizards.expectErrorAt('Trusted account id', /12 digits/);
          await check(app, 'a wizard field error', wizards.region);
          await check(app, 'the page with the Wizards panel open');
        }
      });

    test('the editor’s own widgets: find, and the problems view', async ({ app, page }) => {
      await app.editor.replaceText(RISKY_POLICY);
      await expect(app.findings.group('Errors')).toBeVisible();
      // Monaco's find widget is excluded from axe (e2e/axe.ts, AXE_EXCLUSIONS); the editor around it is not.
      await app.editor.focus();
      await page.keyboard.press('ControlOrMeta+F');
      await expect(app.editor.region.getByRole('textbox', { name: 'Find' })).toBeFocused();
      await page.keyboard.type('sts:');
      await check(app, 'the editor with its find widget open', app.editor.region);
      await page.keyboard.press('Escape');
      await expect(app.editor.region.getByRole('textbox', { name: 'Find' })).not.toBeFocused();

      await app.editor.focus();
      await page.keyboard.press('ControlOrMeta+Home');
      await page.keyboard.press('F8');
      await expect(app.editor.region.getByText(/^\d+ of \d+ problems?$/)).toBeVisible();
      await check(app, 'the editor showing a problem (F8)', app.editor.region);
    });

    test('share panel, long link warning, incoming-link choice, reviewer view', async ({
      app,
      page,
      openFreshApp,
    }) => {
      await app.loadExample('Org-wide role');
      const share = new SharePanel(page);
      await share.open();
      await check(app, 'share panel', share.region);
      const reviewUrl = await share.url('review');
      await share.copy.click();
      await expect(share.copyStatus).toHaveText('Copied.');
      await check(app, 'share panel, reviewer link copied', share.region);
      const editUrl = await share.url('edit');

      const other = await openFreshApp();
      await expect.poll(() => other.documentTheme()).toBe(theme);
      await other.editor.replaceText(RISKY_POLICY);
      await openLink(other, editUrl);
      const incoming = new IncomingLink(other.page);
      await expect(incoming.offer).toBeVisible();
      await expectNoAxeViolations(other.page, { label: `incoming-link choice (${theme})` });

      await openLink(other, reviewUrl);
      await expect(incoming.reviewerView).toBeVisible();
      await other.whatIf.expectAllEvaluated();
      await expectNoAxeViolations(other.page, { label: `reviewer view (${theme})` });

      await app.editor.replaceText(longPolicy());
      await expect(share.longLinkAlert).toBeVisible();
      await check(app, 'share panel, long-link warning', share.region);
    });
  });
}

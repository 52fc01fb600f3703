import { expect, test } from './fixtures';
import { SharePanel } from './pages/share-panel';
import { WizardsPanel } from './pages/wizards-panel';

// Whole tasks with the keyboard alone, as someone who cannot use a mouse does them: every step
// is a key press, and each one is checked by where the focus lands and what the page shows.
// (The scenario form's every field and the auditor wizard have their own keyboard tests.)

const WIZARD = 'Role chaining from a specific role';
const SOURCE_ROLE = 'arn:aws:iam::444455556666:role/ci/deployer';
const SCENARIO = 'Scenario 3';

test('keyboard only: a policy from a wizard, a scenario, its why, and a reviewer link', async ({
  app,
  page,
}) => {
  const { keyboard } = page;
  const { whatIf, editor } = app;
  const wizards = new WizardsPanel(page);
  const share = new SharePanel(page);

  await test.step('write the policy with a wizard', async () => {
    await app.pressUntilFocused(wizards.toggle, 'Tab');
    await keyboard.press('Enter');
    // Opening a panel takes the focus to it; choosing a wizard keeps it on the panel's heading.
    await expect(wizards.heading).toBeFocused();
    await app.pressUntilFocused(wizards.choice(WIZARD), 'Tab');
    await keyboard.press('Enter');
    await expect(wizards.heading).toHaveText(`Wizard: ${WIZARD}`);
    await expect(wizards.heading).toBeFocused();

    const pin = wizards.field('How to pin the source role');
    await app.pressUntilFocused(pin, 'Tab');
    for (
      let i = 0;
      i < 4 && (await wizards.valueOf('How to pin the source role')) !== 'By ARN (aws:PrincipalArn)';
      i++
    )
      await keyboard.press('ArrowDown');
    await expect.poll(() => wizards.valueOf('How to pin the source role')).toBe('By ARN (aws:PrincipalArn)');
    await app.pressUntilFocused(wizards.field('Source role ARN'), 'Tab');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type(SOURCE_ROLE);
    const starters = await wizards.previewAndApplyByKeyboard(app);
    // The panel gives the focus back to its button; the policy and its starters are in.
    await expect(wizards.toggle).toBeFocused();
    await expect(whatIf.items).toHaveCount(starters.length);
    await expect(whatIf.summary).toHaveText(`All ${starters.length} expectations met`);
  });

  await test.step('leave the editor with Ctrl+M and add a scenario', async () => {
    // The editor keeps Tab for indenting; its description says how to leave it.
    await app.pressUntilFocused(editor.monaco, 'Tab');
    await expect(editor.monaco).toHaveAccessibleDescription(
      /press Ctrl\+M .* to make Tab move to the next control/,
    );
    await keyboard.press('Control+M');
    await app.pressUntilFocused(whatIf.addButton, 'Tab', 80);
    await keyboard.press('Enter');
    const form = whatIf.form;
    await expect(form.root).toHaveAccessibleName('New scenario');
    await expect(form.name).toBeFocused();
    await keyboard.type(SCENARIO);
    await app.pressUntilFocused(form.caller, 'Tab', 2);
    // A session of another role in the same account: not the pinned one, so it is not let in.
    await keyboard.type('arn:aws:sts::444455556666:assumed-role/tester/s1');
    await app.pressUntilFocused(form.expected, 'Tab', 8);
    await keyboard.press('ArrowDown');
    await expect(form.expected).toHaveValue('allow');
    await app.pressUntilFocused(form.save, 'Tab', 2);
    await keyboard.press('Enter');
    await expect(form.root).toBeHidden();

    // The focus is on the saved scenario, whose name says its verdict and what was expected.
    const saved = whatIf.list.getByRole('button', { name: `${SCENARIO}: implicit deny, expected allow` });
    await expect(saved).toBeFocused();
    await expect(saved).toHaveAttribute('aria-pressed', 'true');
    await expect(whatIf.summary).toHaveText(/^1 of \d+ expectations not met$/);
  });

  await test.step('read why, and see the place in the policy', async () => {
    await expect(whatIf.why.root).toHaveAccessibleName(`Why: ${SCENARIO}`);
    const line = whatIf.why.line(/^ArnEquals aws:PrincipalArn: /);
    await app.pressUntilFocused(line, 'Tab', 20);
    await expect(line).toHaveAccessibleName(
      /^ArnEquals aws:PrincipalArn: "arn:aws:iam::444455556666:role\/tester" \(derived: .*\) does not match "arn:aws:iam::444455556666:role\/ci\/deployer"\.$/,
    );
    await keyboard.press('Enter');
    // The editor selects the condition it names; the focus stays on the explanation.
    await expect.poll(() => editor.selectedText()).toBe(`"aws:PrincipalArn": "${SOURCE_ROLE}"`);
    await expect(line).toBeFocused();
  });

  await test.step('share a reviewer link', async () => {
    await app.pressUntilFocused(share.toggle, 'Shift+Tab', 120);
    await keyboard.press('Enter');
    await expect(share.region.getByRole('heading', { name: 'Share' })).toBeFocused();
    await app.pressUntilFocused(share.reviewerLink, 'Tab', 3);
    await keyboard.press('Space');
    await expect(share.reviewerLink).toBeChecked();
    await expect(share.link).toHaveValue(/#v1\.[\w-]+&view=review$/);
    await app.pressUntilFocused(share.copy, 'Tab', 3);
    await keyboard.press('Enter');
    await expect(share.copyStatus).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await share.link.inputValue());
    // Escape closes the panel and the focus goes back to the Share button.
    await keyboard.press('Escape');
    await expect(share.region).toBeHidden();
    await expect(share.toggle).toBeFocused();
  });
});

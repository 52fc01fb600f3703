import { expect, test } from './fixtures';

const NAME = 'account user tagging the session';

test('the what-if form works with the keyboard alone', async ({ app, page }) => {
  const { whatIf } = app;
  const form = whatIf.form;
  const { keyboard } = page;
  // The editor keeps Tab for indenting, so start from the end of the page and go backwards:
  // with no scenarios yet, "Add scenario" is the last control.
  await app.pressUntilFocused(whatIf.addButton, 'Shift+Tab');
  await keyboard.press('Enter');
  await expect(form.root).toHaveAccessibleName('New scenario');

  // Opening the form takes the focus to its first field.
  await expect(form.name).toBeFocused();
  await app.pressUntilFocused(form.callerType, 'Tab', 1);
  await keyboard.press('ArrowDown');
  await expect(form.callerType).toHaveValue('Service');
  await keyboard.press('ArrowUp');
  await expect(form.callerType).toHaveValue('AWS');
  await keyboard.press('Tab');
  await expect(form.caller).toBeFocused();
  await keyboard.type('arn:aws:iam::111122223333:user/alice');
  await keyboard.press('Tab');
  await expect(form.action).toBeFocused();
  await keyboard.press('ArrowDown');
  await keyboard.press('ArrowDown');
  await keyboard.press('ArrowDown');
  await expect(form.action).toHaveValue('sts:TagSession');

  // Two context keys: a Bool key (a select) and an IP (text). Enter and Space both add a row.
  await app.pressUntilFocused(form.addContextKey, 'Tab', 2);
  await keyboard.press('Enter');
  await app.pressUntilFocused(form.key(1), 'Shift+Tab', 6);
  await keyboard.type('aws:MultiFactorAuthPresent');
  await keyboard.press('Tab');
  await expect(form.value('aws:MultiFactorAuthPresent')).toBeFocused();
  await keyboard.press('ArrowDown');
  await expect(form.value('aws:MultiFactorAuthPresent')).toHaveValue('true');
  await app.pressUntilFocused(form.addContextKey, 'Tab', 4);
  await keyboard.press('Space');
  await app.pressUntilFocused(form.key(2), 'Shift+Tab', 6);
  await keyboard.type('aws:SourceIp');
  await keyboard.press('Tab');
  await expect(form.value('aws:SourceIp')).toBeFocused();
  await keyboard.type('203.0.113.5');

  await app.pressUntilFocused(form.expected, 'Tab', 6);
  for (let i = 0; i < 3; i++) await keyboard.press('ArrowDown');
  await expect(form.expected).toHaveValue('implicit-deny');

  // Save without a name: the error is shown and the focus goes to the field to fix.
  await app.pressUntilFocused(form.save, 'Tab', 2);
  await keyboard.press('Enter');
  await expect(form.root.getByRole('alert').filter({ hasText: 'Give the scenario a name.' })).toBeVisible();
  await expect(form.name).toBeFocused();
  await keyboard.type(NAME);
  await app.pressUntilFocused(form.save, 'Tab', 20);
  await keyboard.press('Enter');

  await expect(form.root).toBeHidden();
  await expect(whatIf.verdict(NAME)).toHaveText('Implicit deny');
  await expect(whatIf.expectation(NAME)).toHaveText('✓ Meets expectation');
  await expect(whatIf.why.root).toHaveAccessibleName(`Why: ${NAME}`);
  await expect(whatIf.why.line(/^Action does not match: sts:TagSession/)).toBeVisible();
  // Saving returns the focus to the scenario it saved.
  const saved = page.getByRole('button', { name: new RegExp(`^${NAME}`), pressed: true });
  await expect(saved).toBeFocused();

  // Edit it again by keyboard: Enter opens it filled in, with the focus in the form.
  await app.pressUntilFocused(whatIf.editButton(NAME), 'Tab', 2);
  await keyboard.press('Enter');
  await expect(form.root).toHaveAccessibleName(`Edit ${NAME}`);
  await expect(form.name).toBeFocused();
  await expect(form.value('aws:SourceIp')).toHaveValue('203.0.113.5');
  await app.pressUntilFocused(form.cancel, 'Tab', 30);
  await keyboard.press('Space');
  await expect(form.root).toBeHidden();
  // Cancelling returns the focus to the scenario too.
  await expect(saved).toBeFocused();
});

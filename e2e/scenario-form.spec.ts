import { expect, test } from './fixtures';

const NAME = 'new auditor from the office with MFA during the engagement';

test.beforeEach(async ({ app }) => {
  await app.loadExample('Third-party auditor');
});

test('a scenario added through the form, with a context key of each input kind, gets its verdict', async ({
  app,
}) => {
  const { whatIf } = app;
  const form = await whatIf.add();
  await form.name.fill(NAME);
  await form.callerType.selectOption('AWS');
  await form.caller.fill('arn:aws:iam::111122223333:user/auditor-kim');
  await form.action.selectOption('sts:AssumeRole');
  await expect(form.contextKeys.getByText(/^No context keys/)).toBeVisible();

  // Text, a Bool select, the aws:CurrentTime date-time picker, an IP, and a multi-valued list.
  await form.fillContext(1, { key: 'sts:ExternalId', value: 'Audit-2026-7f3c' });
  await form.fillContext(2, { key: 'aws:MultiFactorAuthPresent', value: 'true' });
  await form.fillContext(3, { key: 'aws:CurrentTime', value: '2026-12-10T09:30' });
  await form.fillContext(4, { key: 'aws:SourceIp', value: '203.0.113.40' });
  await form.fillContext(5, { key: 'aws:TagKeys', value: ['team', 'project'] });
  await expect(form.value('sts:ExternalId')).toHaveAttribute('type', 'text');
  await expect(form.value('aws:MultiFactorAuthPresent')).toHaveRole('combobox');
  await expect(form.value('aws:CurrentTime')).toHaveAttribute('type', 'datetime-local');
  await expect(form.value('aws:TagKeys')).toHaveRole('textbox');
  await expect(form.value('aws:TagKeys')).toHaveJSProperty('tagName', 'TEXTAREA');
  await expect(form.severalValues('aws:TagKeys')).toBeChecked();
  await form.expected.selectOption({ label: 'Allow' });
  await form.save.click();

  await expect(form.root).toBeHidden();
  await expect(whatIf.items).toHaveCount(6);
  await expect(whatIf.verdict(NAME)).toHaveText('Allow');
  await expect(whatIf.expectation(NAME)).toHaveText('✓ Meets expectation');
  await expect(whatIf.summary).toHaveText('All 6 expectations met');
  // The new scenario is selected and explained with the values it was given.
  await expect(whatIf.selectButton(NAME)).toHaveAttribute('aria-pressed', 'true');
  await expect(whatIf.why.root).toHaveAccessibleName(`Why: ${NAME}`);
  await expect(whatIf.why.line(/^IpAddress aws:SourceIp: /)).toHaveAccessibleName(
    /^IpAddress aws:SourceIp: "203\.0\.113\.40" matches "203\.0\.113\.0\/24"/,
  );
  await expect(whatIf.why.line(/^DateLessThan aws:CurrentTime: /)).toHaveAccessibleName(
    /^DateLessThan aws:CurrentTime: "2026-12-10T09:30:00Z" matches/,
  );

  // Editing shows every value back in the input it was typed into.
  await whatIf.editButton(NAME).click();
  await expect(form.root).toHaveAccessibleName(`Edit ${NAME}`);
  await expect(form.caller).toHaveValue('arn:aws:iam::111122223333:user/auditor-kim');
  await expect(form.value('sts:ExternalId')).toHaveValue('Audit-2026-7f3c');
  await expect(form.value('aws:MultiFactorAuthPresent')).toHaveValue('true');
  await expect(form.value('aws:CurrentTime')).toHaveValue('2026-12-10T09:30');
  await expect(form.value('aws:SourceIp')).toHaveValue('203.0.113.40');
  await expect(form.value('aws:TagKeys')).toHaveValue('team\nproject');
  await expect(form.expected).toHaveValue('allow');
  // A changed value changes the verdict.
  await form.value('aws:MultiFactorAuthPresent').selectOption('false');
  await form.save.click();
  await expect(whatIf.verdict(NAME)).toHaveText('Implicit deny');
  await expect(whatIf.expectation(NAME)).toHaveText('✗ Expected Allow');
});

test('a malformed ARN and a wrong-typed value are shown at their fields and nothing is saved', async ({
  app,
}) => {
  const { whatIf } = app;
  const before = await whatIf.names();
  const form = await whatIf.add();
  await form.name.fill('bad request');
  await form.caller.fill('arn:aws:iam::12345:user/auditor-kim');
  await form.fillContext(1, { key: 'aws:SourceIp', value: '300.1.1.1' });
  await form.save.click();

  await form.expectErrorAt(form.caller, /12345/);
  await form.expectErrorAt(form.value('aws:SourceIp'), /300\.1\.1\.1/);
  await expect(form.name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.root).toBeVisible();
  expect(await whatIf.names()).toEqual(before);

  // Fixing one field clears its error only; fixing both saves.
  await form.caller.fill('arn:aws:iam::111122223333:user/auditor-kim');
  await expect(form.caller).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.value('aws:SourceIp')).toHaveAttribute('aria-invalid', 'true');
  await form.save.click();
  await expect(form.root).toBeVisible();
  expect(await whatIf.names()).toEqual(before);
  await form.value('aws:SourceIp').fill('203.0.113.9');
  await form.save.click();
  await expect(form.root).toBeHidden();
  expect(await whatIf.names()).toEqual([...before, 'bad request']);
  await expect(whatIf.verdict('bad request')).toHaveText('Implicit deny');
});

test('field errors are tied to their fields for assistive technology', async ({ app }) => {
  // A screen reader that moves back to an invalid field must hear what is wrong, not only
  // "invalid entry": the error is the control's description (aria-describedby/errormessage).
  const form = await app.whatIf.add();
  await form.name.fill('bad request');
  await form.caller.fill('arn:aws:iam::12345:user/auditor-kim');
  await form.save.click();
  await expect(form.caller).toHaveAttribute('aria-invalid', 'true');
  await expect(form.caller).toHaveAccessibleDescription(/12345/, { timeout: 1000 });
});

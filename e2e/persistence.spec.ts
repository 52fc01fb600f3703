import { expect, test } from './fixtures';

test('a reload keeps the policy text, the role, the scenarios and the selection', async ({ app }) => {
  await app.loadExample('SAML federation');
  const selected = 'assertion from another SAML provider is implicitly denied';
  await app.whatIf.select(selected);
  await app.whatIf.deleteButton('assertion for another audience is implicitly denied').click();
  await app.roleArn.fill('arn:aws:iam::444455556666:role/CorpStaffAdmin');
  const edited = (await app.editor.text()).replace(
    '"Version": "2012-10-17",',
    '"Version": "2012-10-17",\n    "Id": "kept",',
  );
  await app.editor.replaceText(edited);
  await expect(app.whatIf.items).toHaveCount(3);
  await app.whatIf.expectAllEvaluated();
  const scenarios = await app.whatIf.outcomes();

  // No wait for the autosave: reloading at once must not lose the last change either.
  await app.reload();
  expect(await app.editor.text()).toBe(edited);
  await expect(app.roleArn).toHaveValue('arn:aws:iam::444455556666:role/CorpStaffAdmin');
  await expect.poll(() => app.whatIf.outcomes()).toEqual(scenarios);
  await expect(app.whatIf.selectButton(selected)).toHaveAttribute('aria-pressed', 'true');
  await expect(app.whatIf.why.root).toHaveAccessibleName(`Why: ${selected}`);
});

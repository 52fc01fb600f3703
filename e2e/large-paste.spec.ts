import { expect, test } from './fixtures';

/** A syntactically valid policy of just over 1 MB: many copies of one statement. */
function megabytePolicy(): string {
  const statement = (i: number) =>
    `    { "Sid": "S${i}", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sts:AssumeRole" }`;
  const statements: string[] = [];
  let size = 0;
  for (let i = 0; size < 1024 * 1024; i++) {
    statements.push(statement(i));
    size += statements[i]?.length ?? 0;
  }
  return `{\n  "Version": "2012-10-17",\n  "Statement": [\n${statements.join(',\n')}\n  ]\n}`;
}

test('a 1 MB paste pauses evaluation with a notice and the page keeps responding', async ({ app }) => {
  await app.loadExample('EC2 service role');
  const { editor, whatIf, findings } = app;
  const original = await editor.text();
  const names = await whatIf.names();
  const big = megabytePolicy();
  expect(big.length).toBeGreaterThan(1024 * 1024);

  await editor.replaceText(big);
  await expect(whatIf.pausedNotice).toHaveText(
    `Evaluation is paused: the policy is ${big.length.toLocaleString('en')} characters, far over the 4,096 that AWS accepts. Shorten it to see verdicts again.`,
  );
  for (const name of names) await expect(whatIf.verdict(name), name).toHaveText('Paused');

  // The page still responds: the form opens and closes, and the editor takes more typing.
  await whatIf.addButton.click();
  await expect(whatIf.form.root).toHaveAccessibleName('New scenario');
  await whatIf.form.name.fill('still responsive');
  await expect(whatIf.form.name).toHaveValue('still responsive');
  await whatIf.form.cancel.click();
  await expect(whatIf.form.root).toBeHidden();
  await app.roleArn.fill('arn:aws:iam::444455556666:role/Busy');
  await expect(app.roleArn).toHaveValue('arn:aws:iam::444455556666:role/Busy');

  // Back to a real policy: evaluation resumes with the same scenarios.
  await editor.replaceText(original);
  await expect(whatIf.pausedNotice).toBeHidden();
  await expect(findings.count).toHaveText(/^0 errors, \d+ other$/);
  await expect(whatIf.summary).toHaveText(`All ${names.length} expectations met`);
});

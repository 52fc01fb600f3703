import { expect, test } from './fixtures';

const COPY = 'auditor signed in without MFA is implicitly denied (copy)';

test('Download then Open in a fresh browser profile gives back the same policy, role and scenarios', async ({
  app,
  openFreshApp,
}) => {
  await app.loadExample('Third-party auditor');
  // Make the work differ from the bundled example: another role and a duplicated scenario.
  await app.roleArn.fill('arn:aws:iam::444455556666:role/audit/ExternalAuditor');
  await app.whatIf.duplicateButton('auditor signed in without MFA is implicitly denied').click();
  await expect(app.whatIf.scenario(COPY)).toBeVisible();
  const policyText = await app.editor.text();
  await app.whatIf.expectAllEvaluated();
  const scenarios = await app.whatIf.outcomes();

  const first = await app.download();
  expect(first.name).toBe('ExternalAuditor.trust.json');
  const file = JSON.parse(first.bytes.toString('utf8'));
  expect(file.role).toBe('arn:aws:iam::444455556666:role/audit/ExternalAuditor');
  expect(file.scenarios.map((s: { name: string }) => s.name)).toEqual(scenarios.map((s) => s.name));

  const other = await openFreshApp();
  await expect(other.whatIf.items).toHaveCount(0);
  await other.open({ name: first.name, text: first.bytes });
  await expect(other.status('Opened ExternalAuditor.trust.json. Your previous work is kept.')).toBeVisible();
  await expect(other.roleArn).toHaveValue('arn:aws:iam::444455556666:role/audit/ExternalAuditor');
  await expect(other.whatIf.items).toHaveCount(scenarios.length);
  await expect.poll(() => other.whatIf.outcomes()).toEqual(scenarios);
  expect(await other.editor.text()).toBe(policyText);

  const second = await other.download();
  expect(second.name).toBe(first.name);
  expect(second.bytes.equals(first.bytes), 'the second download is byte-for-byte the first').toBe(true);
});

test('a broken file on Open says which line is wrong and changes nothing', async ({ app }) => {
  await app.loadExample('GitHub Actions');
  const policyText = await app.editor.text();
  await app.whatIf.expectAllEvaluated();
  const scenarios = await app.whatIf.outcomes();
  const broken = [
    '{',
    '  "role": "arn:aws:iam::444455556666:role/Broken",',
    '  "policy": {',
    '    "Version": "2012-10-17",,',
    '    "Statement": []',
    '  }',
    '}',
  ].join('\n');

  await app.openWithInput({ name: 'broken.trust.json', text: broken });
  await expect(app.alert(/^broken\.trust\.json:4:\d+: .+ Nothing was changed\./)).toBeVisible();
  await expect(app.roleArn).toHaveValue('arn:aws:iam::444455556666:role/GitHubDeploy');
  await expect.poll(() => app.whatIf.outcomes()).toEqual(scenarios);
  expect(await app.editor.text()).toBe(policyText);
  await expect(app.status(/broken\.trust\.json/)).toHaveCount(0);
});

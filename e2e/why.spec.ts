import { expect, test } from './fixtures';

const ALLOWED = 'auditor with external id and MFA from the office range during the engagement is allowed';
const WRONG_IP = 'auditor calling from outside the listed IP ranges is implicitly denied';
const STATEMENT = 'Statement "AuditorAccountDuringEngagement"';

test.beforeEach(async ({ app }) => {
  await app.loadExample('Third-party auditor');
});

test('the Why panel names the decisive statement and the failing condition, and each line shows its place', async ({
  app,
}) => {
  const { whatIf, editor } = app;
  const { why } = whatIf;

  // Allowed: the verdict line names the statement that decides, and that statement applies.
  await expect(why.root).toHaveAccessibleName(`Why: ${ALLOWED}`);
  await expect(why.heading()).toHaveText('Why Allow');
  await expect(why.verdictLine).toHaveText(
    `Allow: ${STATEMENT} allows arn:aws:iam::111122223333:user/auditor-lee to call sts:AssumeRole.`,
  );
  await expect(why.line(`${STATEMENT} (Allow) applies.`)).toBeVisible();

  // Denied: the same statement does not apply, and the failing clause says why, with both values.
  await whatIf.select(WRONG_IP);
  await expect(why.root).toHaveAccessibleName(`Why: ${WRONG_IP}`);
  await expect(why.heading()).toHaveText('Why Implicit deny');
  await expect(why.verdictLine).toHaveText(/^Implicit deny: no statement allows /);
  await expect(why.line(`${STATEMENT} (Allow) does not apply.`)).toBeVisible();
  const failing = why.line(/^IpAddress aws:SourceIp: /);
  await expect(failing).toHaveAccessibleName(
    'IpAddress aws:SourceIp: "198.51.100.7" does not match one of "203.0.113.0/24" and "2001:db8::/32".',
  );
  await expect(why.line(/^StringEquals sts:ExternalId: /)).toHaveAccessibleName(/ matches /);
  await expect(
    why.line(new RegExp(`^${STATEMENT} would allow this request if aws:SourceIp were`)),
  ).toBeVisible();

  // Clicking the failing clause selects its values on the clause's line in the editor.
  await failing.click();
  await expect
    .poll(() => editor.selection())
    .toEqual({
      text: '"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]',
      lines: '        "IpAddress": { "aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"] },',
    });
  // The statement line selects the whole statement.
  await why.line(`${STATEMENT} (Allow) does not apply.`).click();
  await expect
    .poll(async () => (await editor.selection()).text)
    .toMatch(/^\{\n\s+"Sid": "AuditorAccountDuringEngagement",[\s\S]*"DateLessThan"[\s\S]*\}$/);
  // The principal line selects the principal.
  await why.line(/^Principal matches: /).click();
  await expect
    .poll(async () => (await editor.selection()).text)
    .toBe('"Principal": { "AWS": "arn:aws:iam::111122223333:root" }');
  // Focus stays in the Why panel, so a keyboard user can go on reading.
  await expect(why.line(/^Principal matches: /)).toBeFocused();
});

import { expect, test } from './fixtures';
import { WhoPanel } from './pages/who-panel';

test('the auditor example reads as one sentence, and each clause selects its place in the policy', async ({
  app,
  page,
}) => {
  await app.loadExample('Third-party auditor');
  const who = new WhoPanel(page);
  await expect(who.sentences).toHaveText([
    'Any principal in account 111122223333 that passes the external ID Audit-2026-7f3c, signed in with MFA and ' +
      'calls from 203.0.113.0/24 or 2001:db8::/32 between 1 December 2026 and 1 January 2027 ' +
      'may assume this role with sts:AssumeRole.',
  ]);

  const clauses: [string, string][] = [
    ['Any principal in account 111122223333', '"AWS": "arn:aws:iam::111122223333:root"'],
    ['passes the external ID Audit-2026-7f3c', '"sts:ExternalId": "Audit-2026-7f3c"'],
    ['signed in with MFA', '"aws:MultiFactorAuthPresent": "true"'],
    ['calls from 203.0.113.0/24 or 2001:db8::/32', '"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]'],
    ['1 December 2026', '"aws:CurrentTime": "2026-12-01T00:00:00Z"'],
    ['1 January 2027', '"aws:CurrentTime": "2027-01-01T00:00:00Z"'],
    ['sts:AssumeRole', '"Action": "sts:AssumeRole"'],
  ];
  for (const [clause, selected] of clauses) {
    await who.clause(clause).click();
    await expect.poll(() => app.editor.selectedText(), `clicking "${clause}"`).toBe(selected);
  }

  // The sentence follows the text: drop the MFA condition and the clause goes.
  const text = await app.editor.text();
  await app.editor.replaceText(text.replace(/\n\s*"Bool": \{ "aws:MultiFactorAuthPresent": "true" \},/, ''));
  await expect(who.sentences).toHaveText([
    /^Any principal in account 111122223333 that passes the external ID/,
  ]);
  await expect(who.sentences).not.toContainText('MFA');
  await expect(who.clause('signed in with MFA')).toHaveCount(0);
});

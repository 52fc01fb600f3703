import { expect, test } from './fixtures';
import type { AppPage } from './pages/app-page';
import { WIZARD_TITLES, WizardsPanel, type WizardTitle, type WizardValue } from './pages/wizards-panel';

interface WizardCase {
  readonly title: WizardTitle;
  /** Label → value, in the order a user fills them. */
  readonly values: Readonly<Record<string, WizardValue>>;
  /** What the policy's statements must hold: the values typed, where AWS reads them. */
  readonly statements: readonly Record<string, unknown>[];
  /** The companion policy's summary, when the wizard writes one. */
  readonly companion?: RegExp;
  /** Fields that shape only the companion policy, so reading the trust policy back cannot fill them. */
  readonly notInPolicy?: readonly string[];
}

/** One case per wizard, each with valid values other than the wizard's own example. */
const CASES: readonly WizardCase[] = [
  {
    title: 'Third-party auditor / cross-account',
    values: {
      'Who may assume the role': 'Specific users or roles',
      'User or role ARNs': [
        'arn:aws:iam::777788889999:role/AuditorAccess',
        'arn:aws:iam::777788889999:user/lee',
      ],
      'External ID': 'Audit-2026-e2e-7f3c',
      'Require MFA': true,
      'Source IP ranges': ['198.51.100.0/24', '2001:db8:4a00::/40'],
      'Window opens': '2026-12-01T00:00:00Z',
      'Window closes': '2026-12-19T23:59:59Z',
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: {
          AWS: ['arn:aws:iam::777788889999:role/AuditorAccess', 'arn:aws:iam::777788889999:user/lee'],
        },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'sts:ExternalId': 'Audit-2026-e2e-7f3c' },
          IpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '2001:db8:4a00::/40'] },
          DateGreaterThan: { 'aws:CurrentTime': '2026-12-01T00:00:00Z' },
          DateLessThan: { 'aws:CurrentTime': '2026-12-19T23:59:59Z' },
        },
      },
      { Effect: 'Deny', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
    ],
  },
  {
    title: 'Organization-wide role',
    values: {
      'Organization id': 'o-a1b2c3d4e5',
      'Limit to OU paths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*'],
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' },
          'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*' },
        },
      },
    ],
  },
  {
    title: 'AWS service role',
    values: {
      'AWS service': 'AWS Step Functions (state machine role): states.amazonaws.com',
      'Source account (aws:SourceAccount)': '111122223333',
      'Source ARN pattern (aws:SourceArn)': 'arn:aws:states:us-east-1:111122223333:stateMachine:payments-*',
      'Role-name prefix for iam:PassRole': 'sfn-',
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: { Service: 'states.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': '111122223333' },
          ArnLike: { 'aws:SourceArn': 'arn:aws:states:us-east-1:111122223333:stateMachine:payments-*' },
        },
      },
    ],
    notInPolicy: ['Role-name prefix for iam:PassRole'],
    companion: /^iam:PassRole limited to sfn-\* roles for states\.amazonaws\.com/,
  },
  {
    title: 'SAML 2.0 federation',
    values: {
      'SAML provider ARN': 'arn:aws:iam::444455556666:saml-provider/CorpIdP',
      Access: 'Console and programmatic',
      'Regional sign-in endpoint': 'eu-west-1',
      'Extra SAML conditions': ['saml:iss=https://idp.example.org/saml/metadata'],
      'Source IP ranges': ['203.0.113.0/24'],
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::444455556666:saml-provider/CorpIdP' },
        Action: 'sts:AssumeRoleWithSAML',
        Condition: {
          StringEquals: {
            'SAML:aud': 'https://eu-west-1.signin.aws.amazon.com/saml',
            'saml:iss': 'https://idp.example.org/saml/metadata',
          },
          IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
        },
      },
    ],
  },
  {
    title: 'GitHub Actions (OIDC)',
    values: {
      'Account of the GitHub OIDC provider': '444455556666',
      'GitHub organization': 'example-org',
      Repositories: ['payments-api', 'billing-api'],
      'Workflows that may assume the role': 'Branches',
      'Branches, environments or tags': ['main'],
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: {
          Federated: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com',
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': [
              'repo:example-org/payments-api:ref:refs/heads/main',
              'repo:example-org/billing-api:ref:refs/heads/main',
            ],
          },
        },
      },
    ],
  },
  {
    title: 'EKS IAM roles for service accounts (IRSA)',
    values: {
      'Cluster OIDC issuer URL':
        'https://oidc.eks.us-east-2.amazonaws.com/id/0A1B2C3D4E5F60718293A4B5C6D7E8F9',
      'Account of the OIDC provider': '444455556666',
      Namespace: 'billing',
      'Service account': 'invoice-worker',
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: {
          Federated:
            'arn:aws:iam::444455556666:oidc-provider/oidc.eks.us-east-2.amazonaws.com/id/0A1B2C3D4E5F60718293A4B5C6D7E8F9',
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'oidc.eks.us-east-2.amazonaws.com/id/0A1B2C3D4E5F60718293A4B5C6D7E8F9:aud': 'sts.amazonaws.com',
            'oidc.eks.us-east-2.amazonaws.com/id/0A1B2C3D4E5F60718293A4B5C6D7E8F9:sub':
              'system:serviceaccount:billing:invoice-worker',
          },
        },
      },
    ],
  },
  {
    title: 'EKS Pod Identity',
    values: {
      'Cluster name': 'prod-eu',
      Namespace: 'payments',
      'Service account': 'api-server',
      'Cluster account (aws:SourceAccount)': '111122223333',
      'Cluster ARN (aws:SourceArn)': 'arn:aws:eks:eu-west-1:111122223333:cluster/prod-eu',
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: { Service: 'pods.eks.amazonaws.com' },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Condition: {
          StringEquals: {
            'aws:RequestTag/eks-cluster-name': 'prod-eu',
            'aws:RequestTag/kubernetes-namespace': 'payments',
            'aws:RequestTag/kubernetes-service-account': 'api-server',
            'aws:SourceAccount': '111122223333',
          },
        },
      },
    ],
  },
  {
    title: 'Amazon Cognito identity pool',
    values: {
      'Identity pool id': 'eu-west-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      Identities: 'Guests (unauthenticated)',
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'cognito-identity.amazonaws.com:aud': 'eu-west-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
          },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' },
        },
      },
    ],
  },
  {
    title: 'Google sign-in',
    values: {
      'OAuth client id': '210987654321-e2etest.apps.googleusercontent.com',
      'Google user ids (optional)': ['110169484474386276334'],
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'accounts.google.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'accounts.google.com:aud': '210987654321-e2etest.apps.googleusercontent.com',
            'accounts.google.com:sub': '110169484474386276334',
          },
        },
      },
    ],
  },
  {
    title: 'Role chaining from a specific role',
    values: {
      'How to pin the source role': 'By ARN (aws:PrincipalArn)',
      'Source role ARN': 'arn:aws:iam::444455556666:role/ci/deployer',
    },
    statements: [
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Condition: { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::444455556666:role/ci/deployer' } },
      },
    ],
  },
  {
    title: 'Tag-based access (ABAC)',
    values: {
      'Account of the callers': '444455556666',
      'Tag key': 'team',
      'Tag values': ['payments', 'platform'],
    },
    statements: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:root' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:PrincipalTag/team': ['payments', 'platform'] } },
      },
    ],
  },
];

// Three tests of a few wizards each (one page load per test, the slow part); a step per wizard.
const GROUPS = [CASES.slice(0, 4), CASES.slice(4, 8), CASES.slice(8)];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const caseOf = (title: WizardTitle): WizardCase => {
  const found = CASES.find((c) => c.title === title);
  if (found === undefined) throw new Error(`no case for ${title}`);
  return found;
};

/** The policy in the editor, parsed (the editor's own text, read as a user copies it). */
async function editorPolicy(
  app: AppPage,
): Promise<{ Version: string; Statement: Record<string, unknown>[] }> {
  return JSON.parse(await app.editor.text());
}

/** Starts the wizard, fills it with the case's values and previews: the preview must appear. */
async function fillAndPreview(wizards: WizardsPanel, c: WizardCase, choose = true): Promise<void> {
  if (choose) await wizards.choose(c.title);
  await wizards.fill(c.values);
  await wizards.previewPolicy();
  await expect(wizards.preview).toBeVisible();
  await expect(wizards.form.getByRole('alert')).toHaveCount(0);
}

/** The panel opens from the header and lists every wizard; this suite has a case for each. */
async function expectEveryWizardListed(wizards: WizardsPanel): Promise<void> {
  await expect(wizards.toggle).toHaveAttribute('aria-expanded', 'false');
  await wizards.open();
  await expect(wizards.toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(wizards.heading).toHaveText('Wizards');
  await expect(wizards.shapes.getByRole('button')).toHaveCount(WIZARD_TITLES.length);
  for (const title of WIZARD_TITLES) await expect(wizards.choice(title)).toBeVisible();
  expect(GROUPS.flat().map((c) => c.title)).toEqual([...WIZARD_TITLES]);
  await wizards.close.click();
  await expect(wizards.region).toBeHidden();
}

/**
 * One wizard end to end on whatever the page holds: fill → preview → replace; then the policy,
 * the starter scenarios (each meeting its expectation), and the wizard reading the policy back.
 */
async function wizardEndToEnd(app: AppPage, wizards: WizardsPanel, c: WizardCase): Promise<void> {
  await wizards.choose(c.title);
  // Over another wizard's policy the panel offers to add; this run replaces.
  await wizards.replaceMode.check();
  await fillAndPreview(wizards, c, false);
  await expect(wizards.changeHeading).toHaveText(/^Change to the policy \(\+\d+ −\d+ lines\)$/);
  if (c.companion !== undefined) {
    // The companion identity policy is offered beside the trust policy, folded.
    const companion = wizards.preview.getByRole('group').filter({ hasText: c.companion });
    await expect(companion).toBeVisible();
    await companion.getByText(c.companion).click();
    await expect(companion.getByText('"iam:PassRole"')).toBeVisible();
  }

  // The proof: at least one request that must get in, and near misses that must not.
  const starters = await wizards.starters();
  await expect(wizards.startersHeading).toHaveText(`Starter scenarios (${starters.length})`);
  expect(
    starters.filter((s) => s.expected === 'Allow').length,
    'starters expected to be allowed',
  ).toBeGreaterThan(0);
  expect(
    starters.filter((s) => s.expected !== 'Allow').length,
    'near misses expected to be denied',
  ).toBeGreaterThan(0);

  await expect(wizards.applyButton).toHaveText('Replace the policy');
  await wizards.applyButton.click();
  await expect(wizards.region).toBeHidden();
  await expect(
    app.status(`Opened the ${c.title} wizard's policy. Your previous work is kept.`),
  ).toBeVisible();

  const policy = await editorPolicy(app);
  expect(policy.Version).toBe('2012-10-17');
  expect(policy.Statement).toHaveLength(c.statements.length);
  expect(policy).toMatchObject({ Statement: c.statements });

  const { whatIf } = app;
  // Each starter, in order, with the verdict it expects and "✓ Meets expectation" (one read of the list).
  await expect(whatIf.items).toHaveText(
    starters.map((s) => new RegExp(`^${escapeRegExp(s.name)}\\s*${s.expected}\\s*✓ Meets expectation`)),
  );
  await expect(whatIf.summary).toHaveText(`All ${starters.length} expectations met`);
  await expect(whatIf.list.getByText(/^✗ Expected/)).toHaveCount(0);
  // What a wizard writes, AWS accepts: the linter finds no error in it.
  await expect(app.findings.count).toHaveText(/^0 errors, \d+ other$/);

  // Reopened on its own policy, the wizard recognizes it and fills in what it wrote.
  await wizards.choose(c.title);
  await expect(wizards.fitsStatus).toBeVisible();
  await expect(wizards.replaceMode).toBeChecked();
  for (const [label, value] of Object.entries(c.values)) {
    if (c.notInPolicy?.includes(label)) continue;
    const shown = typeof value === 'string' || typeof value === 'boolean' ? value : value.join('\n');
    expect(await wizards.valueOf(label), `${c.title}: "${label}" read back`).toBe(shown);
  }
  await wizards.close.click();
}

for (const group of GROUPS) {
  test(`every wizard end to end: ${group.map((c) => c.title).join('; ')}`, async ({ app, page }) => {
    const wizards = new WizardsPanel(page);
    if (group === GROUPS[0])
      await test.step('the panel lists every wizard', () => expectEveryWizardListed(wizards));
    for (const c of group) await test.step(c.title, () => wizardEndToEnd(app, wizards, c));
  });
}

test('Add mode keeps the current statements, role and scenarios and adds the wizard’s; Restore undoes it', async ({
  app,
  page,
}) => {
  await app.loadExample('Third-party auditor');
  const textBefore = await app.editor.text();
  const before = JSON.parse(textBefore);
  const scenariosBefore = await app.whatIf.names();
  await app.whatIf.expectAllEvaluated();
  const outcomesBefore = await app.whatIf.outcomes();
  const wizards = new WizardsPanel(page);
  const c = caseOf('GitHub Actions (OIDC)');

  await wizards.choose(c.title);
  // The auditor policy is not this wizard's shape: it says so, and offers to add by default.
  await expect(wizards.misfitStatus).toContainText('You can add the wizard’s statements to it.');
  await expect(wizards.addMode).toBeChecked();
  await fillAndPreview(wizards, c, false);
  await expect(wizards.applyButton).toHaveText('Add to the policy');
  await expect(wizards.changeHeading).toHaveText(/^Change to the policy \(\+[1-9]\d* −\d+ lines\)$/);
  const starters = await wizards.starters();
  await wizards.applyButton.click();
  await expect(wizards.region).toBeHidden();

  const after = await editorPolicy(app);
  expect(after.Statement).toHaveLength(before.Statement.length + 1);
  expect(after.Statement.slice(0, before.Statement.length)).toEqual(before.Statement);
  expect(after.Statement.at(-1)).toMatchObject(c.statements[0] ?? {});
  await expect(app.roleArn).toHaveValue('arn:aws:iam::444455556666:role/ThirdPartyAuditor');

  const { whatIf } = app;
  await expect(whatIf.items).toHaveCount(scenariosBefore.length + starters.length);
  expect(await whatIf.names()).toEqual([...scenariosBefore, ...starters.map((s) => s.name)]);
  await whatIf.expectAllEvaluated();
  await expect(whatIf.summary).toHaveText(`All ${scenariosBefore.length + starters.length} expectations met`);

  // "Restore previous work" brings back the work as it was before the wizard wrote.
  await app.restorePrevious.click();
  await expect(app.status('Restored your previous work. The other copy is kept.')).toBeVisible();
  expect(await app.editor.text()).toBe(textBefore);
  await expect(app.roleArn).toHaveValue('arn:aws:iam::444455556666:role/ThirdPartyAuditor');
  expect(await whatIf.names()).toEqual(scenariosBefore);
  await expect.poll(() => whatIf.outcomes()).toEqual(outcomesBefore);
});

test('a policy a wizard wrote, hand-edited inside its shape, reopens in the wizard with its fields filled', async ({
  app,
  page,
}) => {
  const wizards = new WizardsPanel(page);
  const c = caseOf('Organization-wide role');
  await fillAndPreview(wizards, c);
  await wizards.applyButton.click();
  await expect(wizards.region).toBeHidden();

  // A hand edit that stays inside the shape: another organization.
  const written = await app.editor.text();
  const edited = written.replaceAll('o-a1b2c3d4e5', 'o-z9y8x7w6v5');
  await app.editor.replaceText(edited);

  await wizards.choose(c.title);
  await expect(wizards.fitsStatus).toBeVisible();
  await expect(wizards.replaceMode).toBeChecked();
  await expect(wizards.field('Organization id')).toHaveValue('o-z9y8x7w6v5');
  await expect(wizards.field('Limit to OU paths')).toHaveValue('o-z9y8x7w6v5/r-ab12/ou-ab12-11111111/*');

  // Re-running shows the change first; nothing is written until it is applied.
  await wizards.fill({ 'Limit to OU paths': [] });
  await wizards.previewPolicy();
  await expect(wizards.changeHeading).toHaveText(/^Change to the policy \(\+\d+ −[1-9]\d* lines\)$/);
  await expect(wizards.preview).toContainText(/removed: -\s+"ForAnyValue:StringLike": \{/);
  expect(await app.editor.text()).toBe(edited);

  // Another wizard says the policy is outside its shape.
  await wizards.allWizards.click();
  await wizards.choose('Tag-based access (ABAC)');
  await expect(wizards.fitsStatus).toBeHidden();
  await expect(wizards.misfitStatus).toBeVisible();
  await expect(wizards.addMode).toBeChecked();
});

test('bad input is shown at its field and never written into the policy', async ({ app, page }) => {
  const wizards = new WizardsPanel(page);
  const before = await app.editor.text();
  await wizards.choose('Third-party auditor / cross-account');
  // The starting policy trusts one account: the wizard reads it back.
  await expect(wizards.fitsStatus).toBeVisible();
  await expect(wizards.field('Trusted account id')).toHaveValue('111122223333');

  // An 11-digit account.
  await wizards.fill({ 'Trusted account id': '12345678901' });
  await wizards.previewPolicy();
  await wizards.expectErrorAt('Trusted account id', 'An AWS account id has exactly 12 digits.');
  await expect(wizards.preview).toBeHidden();

  // A malformed ARN, a bad CIDR and a window that ends before it starts, all at once.
  await wizards.fill({
    'Who may assume the role': 'Specific users or roles',
    'User or role ARNs': ['arn:aws:iam:777788889999:role/Auditor'],
    'Source IP ranges': ['198.51.100.0/24', '198.51.100.0/33'],
    'Window opens': '2026-12-19T00:00:00Z',
    'Window closes': '2026-12-01T00:00:00Z',
  });
  await wizards.previewPolicy();
  await wizards.expectErrorAt('User or role ARNs', /^Line 1: Not a valid ARN/);
  await wizards.expectErrorAt(
    'Source IP ranges',
    'Line 2: Not a valid CIDR range: the prefix after "/" must be a whole number from 0 to 32.',
  );
  await wizards.expectErrorAt('Window closes', 'The window must end after it starts.');
  await expect(wizards.form.getByRole('alert')).toHaveCount(3);
  await expect(wizards.preview).toBeHidden();
  await expect(wizards.applyButton).toBeHidden();

  // Nothing reached the work.
  await expect(app.status(/wizard's policy/)).toHaveCount(0);
  expect(await app.editor.text()).toBe(before);
  await expect(app.whatIf.items).toHaveCount(0);

  // Fixing a field clears its error as the user types (after the first submit).
  await wizards.fill({ 'Window closes': '2026-12-20T00:00:00Z' });
  await expect(wizards.form.getByRole('alert')).toHaveCount(2);
  await expect(wizards.field('Window closes')).not.toHaveAttribute('aria-invalid', 'true');
});

test('a preview made before the input went bad cannot be applied', async ({ app, page }) => {
  // A preview shows what the form says now: once the input changes or fails, it is withdrawn.
  const wizards = new WizardsPanel(page);
  const before = await app.editor.text();
  await fillAndPreview(wizards, caseOf('Tag-based access (ABAC)'));
  await expect(wizards.applyButton).toBeVisible();

  await wizards.fill({ 'Account of the callers': '12345678901' });
  await wizards.previewPolicy();
  await wizards.expectErrorAt('Account of the callers', 'An AWS account id has exactly 12 digits.');
  // The preview of the earlier, valid values no longer matches the form: it must not be offered.
  // (The errors above are rendered, so the button's state is settled: no long wait.)
  await expect(wizards.applyButton).toBeHidden({ timeout: 1_000 });
  expect(await app.editor.text()).toBe(before);
});

test('the auditor wizard completed with the keyboard alone', async ({ app, page }) => {
  const wizards = new WizardsPanel(page);
  const { keyboard } = page;
  // The header and the Wizards panel come before the editor (which keeps Tab for indenting).
  await app.pressUntilFocused(wizards.toggle, 'Tab');
  await keyboard.press('Enter');
  await expect(wizards.region).toBeVisible();
  const title = 'Third-party auditor / cross-account';
  await app.pressUntilFocused(wizards.choice(title), 'Tab');
  await keyboard.press('Enter');
  await expect(wizards.heading).toHaveText(`Wizard: ${title}`);

  const kind = wizards.field('Who may assume the role');
  const account = wizards.field('Trusted account id');
  const externalId = wizards.field('External ID');
  const mfa = wizards.field('Require MFA');
  const cidrs = wizards.field('Source IP ranges');
  const opens = wizards.field('Window opens');
  const closes = wizards.field('Window closes');

  await app.pressUntilFocused(kind, 'Tab');
  await expect(kind).toHaveValue('account');
  await keyboard.press('Tab');
  await expect(account).toBeFocused();
  await keyboard.press('ControlOrMeta+A');
  await keyboard.type('777788889999');
  await keyboard.press('Tab');
  await expect(externalId).toBeFocused();
  // "Generate" sits after the field: press it, then come back to see the value.
  await keyboard.press('Tab');
  await expect(wizards.generateButton).toBeFocused();
  await keyboard.press('Space');
  await expect(externalId).toHaveValue(/^\S{16,}$/);
  await keyboard.press('Shift+Tab');
  await expect(externalId).toBeFocused();
  const generated = await externalId.inputValue();
  await app.pressUntilFocused(mfa, 'Tab', 2);
  await keyboard.press('Space');
  await expect(mfa).toBeChecked();
  await keyboard.press('Tab');
  await expect(cidrs).toBeFocused();
  await keyboard.type('198.51.100.0/24');
  await keyboard.press('Enter');
  await keyboard.type('2001:db8:4a00::/40');
  await keyboard.press('Tab');
  await expect(opens).toBeFocused();
  await keyboard.type('2026-12-01T00:00:00Z');
  await keyboard.press('Tab');
  await expect(closes).toBeFocused();
  await keyboard.type('2026-12-19T23:59:59Z');
  // Enter in a text field submits the form: the preview, then apply.
  const starters = await wizards.previewAndApplyByKeyboard(app);

  const policy = await editorPolicy(app);
  expect(policy).toMatchObject({
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::777788889999:root' },
        Condition: {
          StringEquals: { 'sts:ExternalId': generated },
          IpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '2001:db8:4a00::/40'] },
        },
      },
      { Effect: 'Deny', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
    ],
  });
  await expect(app.whatIf.items).toHaveCount(starters.length);
  await expect(app.whatIf.summary).toHaveText(`All ${starters.length} expectations met`);
});

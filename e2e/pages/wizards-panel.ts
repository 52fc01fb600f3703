import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

/** A form value: text, the rows of a list (one per line), a checkbox, or a select's option label. */
export type WizardValue = string | boolean | readonly string[];

/** The titles the Wizards panel lists, in its order (packages/templates WIZARDS). */
export const WIZARD_TITLES = [
  'Third-party auditor / cross-account',
  'Organization-wide role',
  'AWS service role',
  'SAML 2.0 federation',
  'GitHub Actions (OIDC)',
  'EKS IAM roles for service accounts (IRSA)',
  'EKS Pod Identity',
  'Amazon Cognito identity pool',
  'Google sign-in',
  'Role chaining from a specific role',
  'Tag-based access (ABAC)',
] as const;
export type WizardTitle = (typeof WIZARD_TITLES)[number];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "expected Implicit deny" in the preview's starter list, as the What-if panel writes the verdict. */
export interface StarterPreview {
  readonly name: string;
  readonly expected: string;
}

/**
 * The "Wizards" region: the list of trust shapes, then one wizard's form, the choice between
 * replacing and adding, and the preview (warnings, diff, starter scenarios, apply button).
 */
export class WizardsPanel {
  /** The header button that shows and hides the panel. */
  readonly toggle: Locator;
  readonly region: Locator;
  readonly heading: Locator;
  readonly shapes: Locator;
  /** "The current policy has this wizard’s shape: its fields are filled in from it." */
  readonly fitsStatus: Locator;
  /** "The current policy does not fit this wizard …" */
  readonly misfitStatus: Locator;
  readonly form: Locator;
  readonly previewButton: Locator;
  readonly generateButton: Locator;
  readonly modeGroup: Locator;
  readonly replaceMode: Locator;
  readonly addMode: Locator;
  readonly preview: Locator;
  readonly warnings: Locator;
  /** "Change to the policy (+N −M lines)" or "(no change)". */
  readonly changeHeading: Locator;
  readonly startersHeading: Locator;
  readonly starterItems: Locator;
  /** "Replace the policy" or "Add to the policy". */
  readonly applyButton: Locator;
  readonly allWizards: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'Wizards' });
    this.region = page.getByRole('region', { name: 'Wizards' });
    this.heading = this.region.getByRole('heading', { level: 2 });
    this.shapes = this.region.getByRole('list', { name: 'Trust shapes' });
    this.fitsStatus = this.region
      .getByRole('status')
      .filter({ hasText: 'The current policy has this wizard’s shape: its fields are filled in from it.' });
    this.misfitStatus = this.region
      .getByRole('status')
      .filter({ hasText: /^The current policy does not fit this wizard/ });
    this.form = this.region.getByRole('form');
    this.previewButton = this.form.getByRole('button', { name: 'Preview the policy' });
    this.generateButton = this.form.getByRole('button', { name: 'Generate' });
    this.modeGroup = this.region.getByRole('group', { name: 'Write the policy' });
    this.replaceMode = this.modeGroup.getByRole('radio', {
      name: 'Replace the current policy and scenarios',
    });
    this.addMode = this.modeGroup.getByRole('radio', { name: 'Add the statements to the current policy' });
    this.preview = this.region.getByRole('region', { name: 'Preview' });
    this.warnings = this.preview.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
    this.changeHeading = this.preview.getByRole('heading', { level: 3, name: /^Change to the policy / });
    this.startersHeading = this.preview.getByRole('heading', {
      level: 3,
      name: /^Starter scenarios \(\d+\)$/,
    });
    this.starterItems = this.preview
      .getByRole('listitem')
      .filter({ hasText: /: expected (Allow|Explicit deny|Implicit deny)$/ });
    this.applyButton = this.preview.getByRole('button', { name: /^(Replace the policy|Add to the policy)$/ });
    this.allWizards = this.region.getByRole('button', { name: 'All wizards' });
    this.close = this.region.getByRole('button', { name: 'Close' });
  }

  async open(): Promise<void> {
    await this.toggle.click();
    await expect(this.region).toBeVisible();
  }

  /** A wizard's button in the list (its name is the title, then the description). */
  choice(title: string): Locator {
    return this.shapes.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)} `) });
  }

  /** Opens the panel if needed and starts the wizard. */
  async choose(title: WizardTitle): Promise<void> {
    if (!(await this.region.isVisible())) await this.open();
    else if (await this.allWizards.isVisible()) await this.allWizards.click();
    await this.choice(title).click();
    await expect(this.heading).toHaveText(`Wizard: ${title}`);
    await expect(this.form).toHaveAccessibleName(title);
  }

  /** A form field by its label. */
  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** Fills the fields in the order given (a select may reveal the fields after it). */
  async fill(values: Readonly<Record<string, WizardValue>>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const field = this.field(label);
      const kind = await field.evaluate((e) =>
        e instanceof HTMLSelectElement
          ? 'select'
          : e instanceof HTMLInputElement && e.type === 'checkbox'
            ? 'checkbox'
            : 'text',
      );
      if (kind === 'checkbox') await field.setChecked(value === true);
      else if (kind === 'select') await field.selectOption({ label: String(value) });
      else await field.fill(typeof value === 'string' ? value : (value as readonly string[]).join('\n'));
    }
  }

  /** A field's value as the user sees it: text (lists one row a line), a checkbox, or an option's label. */
  async valueOf(label: string): Promise<string | boolean> {
    return this.field(label).evaluate((e) =>
      e instanceof HTMLSelectElement
        ? (e.selectedOptions[0]?.label ?? '')
        : e instanceof HTMLInputElement && e.type === 'checkbox'
          ? e.checked
          : (e as HTMLInputElement | HTMLTextAreaElement).value,
    );
  }

  /** Submits the form; with valid values the preview appears. */
  async previewPolicy(): Promise<void> {
    await this.previewButton.click();
  }

  /**
   * With the focus in one of the form's text fields, by keyboard: Enter previews, Tab reaches
   * the apply button, Enter applies and the panel closes. Returns the starters it previewed.
   */
  async previewAndApplyByKeyboard(app: AppPage): Promise<StarterPreview[]> {
    await this.page.keyboard.press('Enter');
    await expect(this.preview).toBeVisible();
    const starters = await this.starters();
    await app.pressUntilFocused(this.applyButton, 'Tab');
    await this.page.keyboard.press('Enter');
    await expect(this.region).toBeHidden();
    return starters;
  }

  /** The starter scenarios the preview lists, with the verdict each expects. */
  async starters(): Promise<StarterPreview[]> {
    await expect(this.startersHeading).toBeVisible();
    const texts = await this.starterItems.allTextContents();
    return texts.map((text) => {
      const match = /^(.*): expected (Allow|Explicit deny|Implicit deny)$/s.exec(text);
      if (match === null) throw new Error(`unexpected starter line: ${text}`);
      return { name: match[1] ?? '', expected: match[2] ?? '' };
    });
  }

  /**
   * Asserts that `message` is shown as an alert right under the field labelled `label`: the field
   * is marked invalid, describes itself with the message, and the alert sits just below it.
   */
  async expectErrorAt(label: string, message: string | RegExp): Promise<void> {
    const field = this.field(label);
    const alert = this.form.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(
      message instanceof RegExp ? message : new RegExp(escapeRegExp(message)),
    );
    const [f, a] = [await field.boundingBox(), await alert.boundingBox()];
    if (f === null || a === null) throw new Error('the field or its error is not laid out');
    const gap = a.y - (f.y + f.height);
    expect(gap, `the error of "${label}" starts just under its field`).toBeGreaterThanOrEqual(-1);
    expect(gap, `the error of "${label}" starts just under its field`).toBeLessThan(24);
  }
}

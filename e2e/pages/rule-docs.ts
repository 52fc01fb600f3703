import { expect, type Locator, type Page } from '@playwright/test';

/**
 * One finding of the Findings panel by its rule code, with what it offers: its doc page
 * ("About <code>" opens region "Rule <code>"), quick fixes ("Fix: …") and "Accept…".
 */
export class FindingActions {
  readonly item: Locator;
  readonly about: Locator;
  readonly doc: Locator;
  readonly fixes: Locator;
  readonly acceptButton: Locator;
  readonly acceptForm: Locator;
  readonly reason: Locator;
  readonly acceptSubmit: Locator;

  constructor(
    readonly page: Page,
    readonly code: string,
  ) {
    const region = page.getByRole('region', { name: 'Findings' });
    const about = page.getByRole('button', { name: `About ${code}`, exact: true });
    // A reported finding is the list item with the rule's "About" button (accepted ones have none).
    this.item = region.getByRole('listitem').filter({ has: about });
    this.about = this.item.getByRole('button', { name: `About ${code}`, exact: true });
    this.doc = page.getByRole('region', { name: `Rule ${code}`, exact: true });
    this.fixes = this.item.getByRole('button', { name: /^Fix: / });
    this.acceptButton = this.item.getByRole('button', { name: 'Accept…' });
    this.acceptForm = this.item.getByRole('form', { name: `Accept ${code}` });
    this.reason = this.acceptForm.getByRole('textbox', { name: 'Why is this acceptable here?' });
    this.acceptSubmit = this.acceptForm.getByRole('button', { name: 'Accept with this reason' });
  }

  fix(title: string): Locator {
    return this.item.getByRole('button', { name: `Fix: ${title}`, exact: true });
  }

  /** Accepts the finding with a reason; it leaves the reported findings. */
  async accept(reason: string): Promise<void> {
    await this.acceptButton.click();
    await this.reason.fill(reason);
    await this.acceptSubmit.click();
    await expect(this.item).toHaveCount(0);
  }
}

/** The folded "Accepted (N)" list of the Findings panel. */
export class AcceptedFindings {
  readonly summary: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    const region = page.getByRole('region', { name: 'Findings' });
    const summary = page.getByText(/^Accepted \(\d+\)$/);
    const group = region.getByRole('group').filter({ has: summary });
    this.summary = group.getByText(/^Accepted \(\d+\)$/);
    this.items = group.getByRole('listitem');
  }

  /** Unfolds the list (a <details>) if it is folded. */
  async expand(): Promise<void> {
    if ((await this.items.count()) === 0 || !(await this.items.first().isVisible()))
      await this.summary.click();
    await expect(this.items.first()).toBeVisible();
  }

  item(code: string): Locator {
    return this.items.filter({ hasText: code });
  }
}

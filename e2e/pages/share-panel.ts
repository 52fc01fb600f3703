import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

/** The "Share" region: the link (edit or reviewer), its copy button, its size and the long-link warning. */
export class SharePanel {
  /** The header button that shows and hides the panel. */
  readonly toggle: Locator;
  readonly region: Locator;
  readonly reviewerLink: Locator;
  readonly link: Locator;
  readonly copy: Locator;
  /** "1,234 characters". */
  readonly size: Locator;
  /** "Copied." or the clipboard fallback. */
  readonly copyStatus: Locator;
  /** The warning over about 8,000 characters. */
  readonly longLinkAlert: Locator;
  readonly downloadTrustFile: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.toggle = page
      .getByRole('navigation', { name: 'File' })
      .getByRole('button', { name: 'Share', exact: true });
    this.region = page.getByRole('region', { name: 'Share', exact: true });
    this.reviewerLink = this.region.getByRole('checkbox', { name: 'Reviewer link (opens read-only)' });
    this.link = this.region.getByRole('textbox', { name: 'Share link' });
    this.copy = this.region.getByRole('button', { name: 'Copy link' });
    this.size = this.region.getByText(/^[\d,]+ characters$/);
    this.copyStatus = this.region.getByRole('status');
    this.longLinkAlert = this.region
      .getByRole('alert')
      .filter({ hasText: /^This link is [\d,]+ characters long/ });
    this.downloadTrustFile = this.longLinkAlert.getByRole('button', { name: 'Download the trust file' });
    this.close = this.region.getByRole('button', { name: 'Close' });
  }

  async open(): Promise<void> {
    if (await this.region.isVisible()) return;
    await this.toggle.click();
    await expect(this.link).toBeVisible();
  }

  /** Opens the panel and returns the link, for editing or for review. */
  async url(view: 'edit' | 'review' = 'edit'): Promise<string> {
    await this.open();
    await this.reviewerLink.setChecked(view === 'review');
    await expect(this.link).toHaveValue(view === 'review' ? /#v1\.[\w-]+&view=review$/ : /#v1\.[\w-]+$/);
    return this.link.inputValue();
  }
}

/** What a page shows when it was opened from a link: the choice, the reviewer banner. */
export class IncomingLink {
  /** "This link holds a shared trust policy … Open the shared copy … or keep your work?" */
  readonly offer: Locator;
  readonly openShared: Locator;
  readonly keepMine: Locator;
  readonly reviewerView: Locator;
  readonly editCopy: Locator;

  constructor(readonly page: Page) {
    this.offer = page.getByRole('region', { name: 'Shared link' });
    this.openShared = this.offer.getByRole('button', { name: 'Open the shared copy' });
    this.keepMine = this.offer.getByRole('button', { name: 'Keep my work' });
    this.reviewerView = page.getByRole('region', { name: 'Reviewer view' });
    this.editCopy = this.reviewerView.getByRole('button', { name: 'Edit a copy' });
  }
}

/**
 * Opens `url` in the app's page as a pasted link does: a new document load, not a change of
 * the fragment in a page already open. Waits for the app and Monaco.
 */
export async function openLink(app: AppPage, url: string): Promise<void> {
  await app.page.goto('about:blank');
  await app.page.goto(url);
  await expect(app.heading).toBeVisible();
  await app.editor.ready();
}

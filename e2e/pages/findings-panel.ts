import type { Locator, Page } from '@playwright/test';

/** The "Findings" region: every finding, grouped by severity, each with a "line L:C" button. */
export class FindingsPanel {
  readonly region: Locator;
  /** "0 errors, 0 other". */
  readonly count: Locator;
  readonly empty: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Findings' });
    this.count = this.region.getByText(/^\d+ errors?, \d+ other$/);
    this.empty = this.region.getByText(/^No findings/);
    this.items = this.region.getByRole('listitem');
  }

  /** The group heading, e.g. "Errors: AWS would reject the policy (1)". */
  group(title: 'Errors' | 'Warnings' | 'Notes'): Locator {
    return this.region.getByRole('heading', { level: 3, name: new RegExp(`^${title}\\b`) });
  }

  /** The findings with this code (e.g. "json-syntax"). */
  finding(code: string): Locator {
    return this.items.filter({ hasText: code });
  }

  /** The "line L:C" button of the first finding with this code. */
  showButton(code: string): Locator {
    return this.region
      .getByRole('button', { name: new RegExp(`^Show ${code} at line \\d+, column \\d+$`) })
      .first();
  }
}

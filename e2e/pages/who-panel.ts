import type { Locator, Page } from '@playwright/test';

/** "Who can assume this role": each statement as a sentence; clauses that point into the policy are buttons. */
export class WhoPanel {
  readonly region: Locator;
  readonly sentences: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Who can assume this role' });
    this.sentences = this.region.getByRole('list').getByRole('listitem');
  }

  /** A clause of a sentence, by its exact text ("signed in with MFA"). */
  clause(text: string): Locator {
    return this.region.getByRole('button', { name: text, exact: true });
  }
}

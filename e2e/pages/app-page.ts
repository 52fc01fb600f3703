import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { FindingsPanel } from './findings-panel';
import { PolicyEditor } from './policy-editor';
import { WhatIfPanel } from './whatif-panel';

export const EXAMPLE_TITLES = [
  'Third-party auditor',
  'Org-wide role',
  'EC2 service role',
  'SAML federation',
  'GitHub Actions',
] as const;
export type ExampleTitle = (typeof EXAMPLE_TITLES)[number];

export interface DownloadedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/** The whole page: the header's file actions and theme, notices, and the three panels. */
export class AppPage {
  readonly editor: PolicyEditor;
  readonly whatIf: WhatIfPanel;
  readonly findings: FindingsPanel;
  readonly heading: Locator;
  readonly openButton: Locator;
  readonly fileInput: Locator;
  readonly downloadButton: Locator;
  readonly examplesButton: Locator;
  readonly examplesMenu: Locator;
  readonly theme: Locator;
  readonly roleArn: Locator;
  readonly restorePrevious: Locator;

  constructor(readonly page: Page) {
    this.editor = new PolicyEditor(page);
    this.whatIf = new WhatIfPanel(page);
    this.findings = new FindingsPanel(page);
    this.heading = page.getByRole('heading', { name: 'Trustwright', level: 1 });
    const file = page.getByRole('navigation', { name: 'File' });
    this.openButton = file.getByRole('button', { name: 'Open' });
    this.fileInput = page.getByLabel('Open a trust file or policy');
    this.downloadButton = file.getByRole('button', { name: 'Download' });
    this.examplesButton = file.getByRole('button', { name: 'Examples' });
    this.examplesMenu = page.getByRole('menu', { name: 'Examples' });
    this.theme = page.getByRole('combobox', { name: 'Theme' });
    this.roleArn = page
      .getByRole('region', { name: 'Policy' })
      .getByRole('textbox', { name: 'Role ARN (optional)' });
    this.restorePrevious = page.getByRole('button', { name: 'Restore previous work' });
  }

  /** Opens the app and waits for Monaco, so every test starts from the same, finished page. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
    await this.editor.ready();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.heading).toBeVisible();
    await this.editor.ready();
  }

  /** An info notice ("Opened …") by its text. */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** An error notice by its text (Monaco keeps empty alert regions of its own, hence the filter). */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  async loadExample(title: ExampleTitle): Promise<void> {
    await this.examplesButton.click();
    await this.examplesMenu.getByRole('menuitem', { name: title, exact: true }).click();
    await expect(this.status(`Opened the example "${title}". Your previous work is kept.`)).toBeVisible();
  }

  /** Clicks Download and returns the saved file's suggested name and bytes. */
  async download(): Promise<DownloadedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadButton.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  /**
   * Opens a file through the Open button: it opens the file chooser of the hidden input
   * "Open a trust file or policy", which gets the file (setInputFiles underneath).
   */
  async open(file: { name: string; text: string | Buffer }): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.openButton.click()]);
    expect(await chooser.element().getAttribute('aria-label')).toBe('Open a trust file or policy');
    await chooser.setFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: typeof file.text === 'string' ? Buffer.from(file.text) : file.text,
    });
  }

  /**
   * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through
   * the page; fails if it is not reached within `max` presses.
   */
  async pressUntilFocused(target: Locator, key: 'Tab' | 'Shift+Tab', max = 40): Promise<number> {
    for (let presses = 0; presses <= max; presses++) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
        return presses;
      await this.page.keyboard.press(key);
    }
    throw new Error(`${target} was not reached with ${max} presses of ${key}`);
  }

  /** Gives the hidden file input "Open a trust file or policy" a file directly, as a drop or script would. */
  async openWithInput(file: { name: string; text: string }): Promise<void> {
    await this.fileInput.setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
  }

  /** The document's `data-theme` ("light" or "dark"). */
  async documentTheme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The policy editor: a plain textarea named "Trust policy" until Monaco has loaded, then Monaco's
 * textbox with the same name inside Monaco's `code` element.
 *
 * Text goes in through the real clipboard (write it, then ControlOrMeta+V): Monaco auto-closes
 * brackets and quotes and auto-indents new lines even for `keyboard.insertText` (it runs through
 * Chromium's EditContext like typing), while a paste lands verbatim. The fixture grants the
 * clipboard permissions; each test worker has its own browser, so its own clipboard.
 */
export class PolicyEditor {
  readonly region: Locator;
  /** Whatever editor is showing: the textarea or Monaco's textbox. */
  readonly textbox: Locator;
  /** Monaco's textbox only (it sits in an element with role `code`). */
  readonly monaco: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Policy' });
    this.textbox = this.region.getByRole('textbox', { name: 'Trust policy' });
    this.monaco = this.region.getByRole('code').getByRole('textbox', { name: 'Trust policy' });
  }

  /** Waits until Monaco has replaced the plain textarea (given time for a busy machine). */
  async ready(): Promise<void> {
    await expect(this.monaco).toBeVisible({ timeout: 15_000 });
  }

  async focus(): Promise<void> {
    await this.ready();
    // Monaco covers its textbox with its own layers, so a click would land on them: focus() is
    // what a click or Tab ends in.
    await this.monaco.focus();
  }

  /** Replaces the editor's selection (or inserts at the cursor) with `text`, as a paste does. */
  async paste(text: string): Promise<void> {
    await this.focus();
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** Replaces the whole text: select all, then paste. */
  async replaceText(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.paste(text);
  }

  /**
   * The whole text as the editor holds it, read the way a user would take it out: select all and
   * copy. (Monaco renders only the visible lines, so its DOM cannot be read instead.) This moves
   * the editor's selection.
   */
  async text(): Promise<string> {
    await this.focus();
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+C');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /**
   * The text Monaco has selected and the whole lines it sits on, without moving focus or the
   * selection. Monaco hands the platform the lines around the cursor and the selection in them:
   * in Chromium through the textbox's EditContext (`text`, `selectionStart`, `selectionEnd`),
   * elsewhere through a textarea's value and selection. Reading that is the one place the tests
   * look past the accessibility tree, because Monaco paints its selection and current-line
   * highlight as unlabelled overlay divs.
   */
  async selection(): Promise<{ text: string; lines: string }> {
    return this.monaco.evaluate((element) => {
      const context = (
        element as HTMLElement & {
          editContext?: { text: string; selectionStart: number; selectionEnd: number } | null;
        }
      ).editContext;
      const [all, start, end] =
        context !== undefined && context !== null
          ? [context.text, context.selectionStart, context.selectionEnd]
          : element instanceof HTMLTextAreaElement
            ? [element.value, element.selectionStart, element.selectionEnd]
            : ['', 0, 0];
      const lineStart = all.lastIndexOf('\n', start - 1) + 1;
      const lineEnd = all.indexOf('\n', end) === -1 ? all.length : all.indexOf('\n', end);
      return { text: all.slice(start, end), lines: all.slice(lineStart, lineEnd) };
    });
  }

  /** The selected text (see {@link selection}). */
  async selectedText(): Promise<string> {
    return (await this.selection()).text;
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

const VERDICT_TEXT = /^(Allow|Explicit deny|Implicit deny|Paused)$/;
const EXPECTATION_TEXT = /^(✓ Meets expectation|✗ Expected .+|No expectation)$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The "What-if" region: scenarios with their live verdicts, the scenario form and the Why panel. */
export class WhatIfPanel {
  readonly region: Locator;
  readonly addButton: Locator;
  readonly list: Locator;
  readonly items: Locator;
  /** "All 5 expectations met" / "1 of 5 expectations not met". */
  readonly summary: Locator;
  readonly pausedNotice: Locator;
  readonly form: ScenarioForm;
  readonly why: WhyPanel;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'What-if' });
    this.addButton = this.region.getByRole('button', { name: 'Add scenario' });
    this.list = this.region.getByRole('list', { name: 'Scenarios' });
    this.items = this.list.getByRole('listitem');
    this.summary = this.region.getByText(/^(All \d+ expectations met|\d+ of \d+ expectations not met)$/);
    this.pausedNotice = this.region.getByRole('status').filter({ hasText: 'Evaluation is paused' });
    this.form = new ScenarioForm(this.region);
    this.why = new WhyPanel(this.region);
  }

  scenario(name: string): Locator {
    return this.list.getByRole('listitem', { name, exact: true });
  }

  /**
   * The button that selects a scenario. Its accessible name is the scenario's name and verdict
   * in words ("Scenario 3: implicit deny, expected allow").
   */
  selectButton(name: string): Locator {
    return this.scenario(name).getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}: `) });
  }

  verdict(name: string): Locator {
    return this.selectButton(name).getByText(VERDICT_TEXT);
  }

  expectation(name: string): Locator {
    return this.selectButton(name).getByText(EXPECTATION_TEXT);
  }

  async select(name: string): Promise<void> {
    await this.selectButton(name).click();
    await expect(this.selectButton(name)).toHaveAttribute('aria-pressed', 'true');
  }

  /** The scenario names in list order. */
  async names(): Promise<string[]> {
    return this.items.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  }

  /** Waits until every scenario shows a verdict (none is waiting for its evaluation). */
  async expectAllEvaluated(): Promise<void> {
    for (const name of await this.names())
      await expect(this.verdict(name), name).toHaveText(/^(Allow|Explicit deny|Implicit deny)$/);
  }

  /**
   * Name → verdict text and expectation text, in list order: a snapshot, so compare it with
   * `expect.poll` (verdicts follow an edit one render later).
   */
  async outcomes(): Promise<{ name: string; verdict: string; expectation: string }[]> {
    const result = [];
    for (const name of await this.names())
      result.push({
        name,
        verdict: (await this.verdict(name).textContent()) ?? '',
        expectation: (await this.expectation(name).textContent()) ?? '',
      });
    return result;
  }

  editButton(name: string): Locator {
    return this.scenario(name).getByRole('button', { name: `Edit ${name}`, exact: true });
  }

  duplicateButton(name: string): Locator {
    return this.scenario(name).getByRole('button', { name: `Duplicate ${name}`, exact: true });
  }

  deleteButton(name: string): Locator {
    return this.scenario(name).getByRole('button', { name: `Delete ${name}`, exact: true });
  }

  /** Opens the empty form. */
  async add(): Promise<ScenarioForm> {
    await this.addButton.click();
    await expect(this.form.root).toHaveAccessibleName('New scenario');
    return this.form;
  }
}

export interface ContextEntry {
  readonly key: string;
  /** Text, a `datetime-local` value, "true"/"false" for Bool keys, or several values. */
  readonly value: string | readonly string[];
}

/** The scenario form ("New scenario" or "Edit <name>"), loaded on first use. */
export class ScenarioForm {
  readonly root: Locator;
  readonly name: Locator;
  readonly callerType: Locator;
  readonly caller: Locator;
  readonly action: Locator;
  readonly contextKeys: Locator;
  readonly addContextKey: Locator;
  readonly expected: Locator;
  readonly save: Locator;
  readonly cancel: Locator;

  constructor(region: Locator) {
    this.root = region.getByRole('form', { name: /^(New scenario|Edit .+)$/ });
    this.name = this.root.getByRole('textbox', { name: 'Scenario name' });
    this.callerType = this.root.getByRole('combobox', { name: 'Caller type' });
    this.caller = this.root.getByRole('textbox', { name: 'Caller', exact: true });
    this.action = this.root.getByRole('combobox', { name: 'Action' });
    this.contextKeys = this.root.getByRole('group', { name: 'Context keys' });
    this.addContextKey = this.contextKeys.getByRole('button', { name: 'Add context key' });
    this.expected = this.root.getByRole('combobox', { name: 'Expected verdict' });
    this.save = this.root.getByRole('button', { name: 'Save scenario' });
    this.cancel = this.root.getByRole('button', { name: 'Cancel' });
  }

  /** Entry N's key field (N counts from 1); a combobox because it completes known keys. */
  key(n: number): Locator {
    return this.contextKeys.getByRole('combobox', { name: `Key ${n}`, exact: true });
  }

  /** The value field of a key, whatever input its type calls for. */
  value(key: string): Locator {
    return this.contextKeys.getByLabel(`Value of ${key}`, { exact: true });
  }

  /** The "Several values" box of the entry for `key` (each entry is a group named by its key). */
  severalValues(key: string): Locator {
    return this.contextKeys
      .getByRole('group', { name: key, exact: true })
      .getByRole('checkbox', { name: 'Several values' });
  }

  /**
   * Asserts that an alert saying `message` is shown at `field`: the field is marked invalid and
   * the alert sits right under it (checked on the page's layout, which is what a sighted user
   * relies on; how a screen reader ties the two is checked separately).
   */
  async expectErrorAt(field: Locator, message: string | RegExp): Promise<void> {
    const alert = this.root.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const [f, a] = [await field.boundingBox(), await alert.boundingBox()];
    if (f === null || a === null) throw new Error('the field or its error is not laid out');
    const gap = a.y - (f.y + f.height);
    expect(gap, 'the error starts just under its field').toBeGreaterThanOrEqual(-1);
    expect(gap, 'the error starts just under its field').toBeLessThan(24);
    expect(a.x < f.x + f.width && a.x + a.width > f.x, "the error is in the field's column").toBe(true);
  }

  async fillContext(n: number, entry: ContextEntry): Promise<void> {
    await this.addContextKey.click();
    await this.key(n).fill(entry.key);
    const value = this.value(entry.key);
    if (Array.isArray(entry.value)) {
      const several = this.severalValues(entry.key);
      if (!(await several.isChecked())) await several.check();
      await value.fill(entry.value.join('\n'));
    } else if ((await value.evaluate((e) => e.tagName)) === 'SELECT') {
      await value.selectOption(entry.value as string);
    } else {
      await value.fill(entry.value as string);
    }
  }
}

/** "Why: <name>": the selected scenario's explanation; lines that point into the policy are buttons. */
export class WhyPanel {
  readonly root: Locator;
  /** The first line: the verdict and the decisive statement(s). */
  readonly verdictLine: Locator;

  constructor(region: Locator) {
    this.root = region.getByRole('region', { name: /^Why: / });
    this.verdictLine = this.root.getByRole('paragraph').first();
  }

  heading(): Locator {
    return this.root.getByRole('heading', { level: 3 });
  }

  /** An explanation line that links to the policy, by (the start of) its text. */
  line(text: string | RegExp): Locator {
    return this.root.getByRole('button', { name: text });
  }
}

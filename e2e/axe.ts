import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AxeResults, NodeResult, Result } from 'axe-core';

/** The rules the app is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Subtrees axe does not check, each with its reason: only third-party markup that neither our
 * configuration nor our styles can fix belongs here, never a way to pass a rule.
 */
export const AXE_EXCLUSIONS: readonly { readonly selector: string; readonly reason: string }[] = [
  {
    selector: '.monaco-editor .find-widget',
    reason:
      "Monaco's find widget (Ctrl+F): its option toggles are 20 px and its previous/next/selection buttons 22 px by Monaco's own CSS, and the widget's width is laid out by Monaco's code around those sizes, so WCAG 2.5.8's 24 px cannot be met from outside; each control has a shortcut (Alt+C, Alt+W, Alt+R, Alt+L, Enter, Shift+Enter, Escape) and an accessible name.",
  },
];

/**
 * Text whose contrast axe cannot compute, and why that is acceptable. Anything else axe leaves
 * undetermined fails the check like a violation: "could not tell" must not pass for "fine".
 */
export const UNDETERMINED_CONTRAST_ALLOWED: readonly {
  /** The element's markup as axe reports it (its opening tag). */
  readonly html: RegExp;
  readonly reason: string;
}[] = [
  {
    html: /^<textarea class="ime-text-area" [^>]*aria-hidden="true"/,
    reason:
      "Monaco's own input-method textarea: aria-hidden, transparent and under the text it edits (that text is checked).",
  },
  {
    html: /^<span class="mark [\w-]+" aria-hidden="true">[✓✗]<\/span>$/,
    reason:
      'The ✓/✗ marks of the Why panel: symbols axe does not rate as text; each line says the same in words, in the verdict colours checked as text elsewhere.',
  },
];

/**
 * Monaco's layers (`.lines-content`, 16,777,216 px square; `.margin`, as tall as the text) are
 * clipped by the editor's `.overflow-guard`. axe-core 4.13 clips them when it files elements
 * into its 200 px grid cells but not when it tests a point against them, so any text sharing a
 * cell with the editor comes back "background could not be determined: overlapped". The
 * contrast rule therefore runs a second time with the inside of the editor out of the way
 * (its text was rated in the first run), on just the text the first run could not rate.
 */
const MONACO_LAYERS = '.monaco-editor .overflow-guard';

export interface AxeCheck {
  /** What the check is about, for the failure message ("main page, dark"). */
  readonly label: string;
  /** Check only this part of the page (a panel, a form), found as a user finds it. */
  readonly within?: Locator | undefined;
}

let scopes = 0;

/**
 * Runs axe with the WCAG 2.2 AA rules on the page, or on one region of it, and returns each
 * problem as one readable line per element: the rule, its impact, what it asks, the element's
 * selector and markup, and what to fix, e.g.
 * `color-contrast (serious) Elements must meet minimum color contrast ratio thresholds:
 *  .hint <small class="hint">…</small>: Fix any of the following: … contrast of 3.9 …`.
 * Text whose contrast axe could not determine is reported too, as `undetermined color-contrast`.
 */
export async function axeViolations(page: Page, check: AxeCheck): Promise<string[]> {
  const scope = check.within === undefined ? undefined : `axe-scope-${++scopes}`;
  if (check.within !== undefined)
    await check.within.evaluate((element, id) => element.setAttribute('data-axe-scope', id), scope);
  const builder = () => {
    // Details only for what fails or is undetermined: passes are counted, not described
    // (faster). `options` replaces what `withTags` sets, so it comes first.
    const axe = AXE_EXCLUSIONS.reduce(
      (builder, { selector }) => builder.exclude(selector),
      new AxeBuilder({ page })
        .options({ resultTypes: ['violations', 'incomplete'] })
        .withTags([...WCAG_AA_TAGS]),
    );
    return scope === undefined ? axe : axe.include(`[data-axe-scope="${scope}"]`);
  };
  try {
    const all = await builder().analyze();
    const undetermined = undeterminedContrast(all);
    // Only what the first run could not rate is rated again (see MONACO_LAYERS).
    const again =
      undetermined.length === 0
        ? undefined
        : await withoutMonacoLayers(page, () =>
            undetermined
              .reduce(
                (axe, node) => axe.include(node.target),
                new AxeBuilder({ page }).options({ resultTypes: ['violations', 'incomplete'] }),
              )
              .withRules('color-contrast')
              .analyze(),
          );
    return [
      ...all.violations.flatMap(describeViolation),
      ...(again?.violations ?? []).flatMap(describeViolation),
      ...(again === undefined ? [] : undeterminedContrast(again)).map(
        (node) => `undetermined color-contrast: ${describeNode(node)}`,
      ),
    ];
  } finally {
    if (check.within !== undefined)
      await check.within.evaluate((element) => element.removeAttribute('data-axe-scope')).catch(() => {});
  }
}

/** Fails the test with every WCAG 2.2 AA problem axe finds (see {@link axeViolations}). */
export async function expectNoAxeViolations(page: Page, check: AxeCheck): Promise<void> {
  const problems = await axeViolations(page, check);
  expect(problems, `axe (WCAG 2.2 AA): ${check.label}`).toEqual([]);
}

async function withoutMonacoLayers<T>(page: Page, run: () => Promise<T>): Promise<T> {
  const show = (shown: boolean) =>
    page.evaluate(
      ({ selector, display }) => {
        for (const layer of document.querySelectorAll<HTMLElement>(selector)) layer.style.display = display;
      },
      { selector: MONACO_LAYERS, display: shown ? '' : 'none' },
    );
  await show(false);
  try {
    return await run();
  } finally {
    await show(true);
  }
}

function undeterminedContrast(results: AxeResults): NodeResult[] {
  const incomplete = results.incomplete.find((r) => r.id === 'color-contrast');
  return (incomplete?.nodes ?? []).filter(
    (node) => !UNDETERMINED_CONTRAST_ALLOWED.some(({ html }) => html.test(node.html)),
  );
}

function describeViolation(violation: Result): string[] {
  return violation.nodes.map(
    (node) =>
      `${violation.id} (${violation.impact ?? 'no impact given'}) ${violation.help}: ${describeNode(node)}`,
  );
}

function describeNode(node: NodeResult): string {
  const target = node.target
    .map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part)))
    .join(' | ');
  const html = node.html.replace(/\s+/g, ' ').slice(0, 160);
  const summary = (node.failureSummary ?? node.any.map((c) => c.message).join('; '))
    .replace(/\s+/g, ' ')
    .trim();
  return `${target} ${html}: ${summary}`;
}

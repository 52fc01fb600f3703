import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { APP_ORIGIN, expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { IncomingLink } from './pages/share-panel';

interface HostileLink {
  readonly name: string;
  readonly fragment: string;
  readonly expect: 'ok' | 'error';
  readonly code?: string;
  readonly note?: string;
}

/** The share package's corpus: every link the codec must refuse, or must open as plain data. */
const CORPUS: readonly HostileLink[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'packages', 'share', 'test', 'hostile-links.json'), 'utf8'),
);

/** What each error code tells the reader (the messages of packages/share/src/errors.ts). */
const MESSAGES: Readonly<Record<string, RegExp>> = {
  'not-a-share-link': /^This address does not hold a Trustwright share link/,
  'unsupported-version': /^This share link (uses share format|names a format version)/,
  truncated: /^This share link is incomplete/,
  corrupt: /^This share link is damaged/,
  'invalid-state': /^This share link does not hold a valid Trustwright state/,
  'too-large': /^This share link is too large/,
};

/** The markup the corpus hides in every string field, by the name part that says which. */
const PAYLOADS: Readonly<Record<string, string>> = {
  script: '<script>alert(document.domain)</script>',
  'img-onerror': '<img src=x onerror=alert(1)>',
  'svg-onload': '"><svg onload=alert(1)>',
  'javascript-url': 'javascript:alert(1)',
};

type Place = 'policy' | 'role' | 'scenario-name' | 'selected-name' | 'request' | 'review' | 'none';

/** Where an 'ok' link's hostile text must show up as text, and which text. */
function expectation(link: HostileLink): { text: string; place: Place } {
  const markup = /^markup-(script|img-onerror|svg-onload|javascript-url)-in-(.+)$/.exec(link.name);
  if (markup !== null) {
    const text = PAYLOADS[markup[1] ?? ''] ?? '';
    const field = markup[2] ?? '';
    if (field === 'policyText') return { text, place: 'policy' };
    if (field === 'role') return { text, place: 'role' };
    if (field === 'scenario-name') return { text, place: 'scenario-name' };
    if (field === 'selected-name') return { text, place: 'selected-name' };
    if (field === 'review-view') return { text, place: 'review' };
    if (/^(request-action|request-principal|context-key|context-value)$/.test(field))
      return { text, place: 'request' };
  }
  switch (link.name) {
    case 'markup-textarea-breakout-in-invalid-policy':
      return { text: '</textarea><script>alert(1)</script>', place: 'policy' };
    case 'markup-iframe-srcdoc-and-data-url':
      return { text: 'data:text/html,<iframe srcdoc="<script>alert(1)</script>">', place: 'request' };
    case 'markup-template-and-markdown-injection':
      return {
        text: "{{constructor.constructor('alert(1)')()}} [click](javascript:alert(1))",
        place: 'scenario-name',
      };
    case 'unicode-bidi-override-and-zero-width':
      return { text: 'allow\u202e\u200bynedtic\u0000', place: 'scenario-name' };
    case 'proto-key-inside-request':
    case 'constructor-prototype-inside-request':
      return { text: '', place: 'none' };
  }
  // Format v2 (the old version for review, caller policies): the app shows neither part yet, so
  // these links are checked for what they must never do (run anything, break the page).
  if (
    link.name.startsWith('v2-') ||
    /-in-(base-policy|caller-policies)$|-inside-caller-policies$/.test(link.name)
  )
    return { text: '', place: link.fragment.includes('&view=review') ? 'review' : 'none' };
  throw new Error(`the corpus has a new 'ok' link this suite does not know: ${link.name}`);
}

/**
 * Before any page script: records dialogs' functions, eval, a write to `window.__pwned`, and
 * Content-Security-Policy violations (an injected inline handler or script is blocked by the
 * CSP, but its attempt still shows up here).
 */
function installCanary(): void {
  const w = window as unknown as Record<string, unknown>;
  const calls: string[] = [];
  Object.defineProperty(w, '__hostileCalls', { value: calls });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const original = w[name] as (...args: unknown[]) => unknown;
    w[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${name}(${String(args[0])})`);
      return original.apply(this, args);
    };
  }
  // Playwright runs its own page functions through eval; only code from a link mentions these.
  const originalEval = w.eval as (source: string) => unknown;
  w.eval = (source: string) => {
    if (/alert|confirm|prompt|__pwned|document\.domain/.test(String(source)))
      calls.push(`eval(${String(source).slice(0, 80)})`);
    return originalEval(source);
  };
  Object.defineProperty(w, '__pwned', {
    configurable: false,
    get: () => undefined,
    set: (value: unknown) => calls.push(`__pwned = ${String(value)}`),
  });
  document.addEventListener('securitypolicyviolation', (e) =>
    calls.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
  );
}

class HostileSession {
  readonly app: AppPage;
  readonly incoming: IncomingLink;
  readonly dialogs: string[] = [];

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.incoming = new IncomingLink(page);
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  static async start(page: Page): Promise<HostileSession> {
    await page.addInitScript(installCanary);
    return new HostileSession(page);
  }

  /**
   * The canary catches what it is meant to: code mentioning alert given to eval (Playwright's
   * own evaluate goes through eval), an alert, a write to __pwned, an inline handler.
   */
  async expectCanaryWorks(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { alert: (m: string) => void };
      w.alert('control');
      w.__pwned = 'control';
      const probe = document.createElement('span');
      probe.id = 'canary-control';
      probe.setAttribute('onclick', 'void 0');
      document.body.append(probe);
    });
    // The inline handler is refused by the CSP; the violation event comes a task later.
    await expect
      .poll(async () => (await this.observe()).calls)
      .toEqual([
        expect.stringMatching(/^eval\(/),
        'alert(control)',
        '__pwned = control',
        expect.stringMatching(/^CSP violation: script-src-attr/),
      ]);
    const seen = await this.observe();
    expect(seen.dialogs).toEqual(['alert: control']);
    expect(seen.markup).toEqual(['SPAN onclick']);
    // Clean up the control, then the page must be clean.
    this.dialogs.length = 0;
    await this.page.evaluate(() => {
      (window as unknown as { __hostileCalls: string[] }).__hostileCalls.length = 0;
      document.getElementById('canary-control')?.remove();
    });
    await this.expectNothingRan('after the control');
  }

  /** What the canary saw: dialogs, calls, markup from outside the app, polluted prototypes. */
  async observe(): Promise<{ dialogs: string[]; calls: string[]; markup: string[]; polluted: number }> {
    const seen = await this.page.evaluate((origin) => {
      // Elements and attributes a link could only have added by being rendered as HTML.
      const markup: string[] = [];
      for (const script of document.querySelectorAll('script'))
        if (!script.src.startsWith(`${origin}/`)) markup.push(`script ${script.outerHTML.slice(0, 80)}`);
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames())
          if (/^on|^srcdoc$/i.test(attribute)) markup.push(`${element.tagName} ${attribute}`);
        for (const attribute of ['href', 'src', 'action', 'formaction'])
          if (/^\s*(javascript|data):/i.test(element.getAttribute(attribute) ?? ''))
            markup.push(`${element.tagName} ${attribute}`);
      }
      for (const element of document.querySelectorAll('iframe, frame, object, embed, img[src="x"]'))
        markup.push(element.tagName);
      const blank = {} as Record<string, unknown>;
      return {
        calls: [...(window as unknown as { __hostileCalls: string[] }).__hostileCalls],
        markup,
        polluted: [blank.isAdmin, blank.polluted].filter((v) => v !== undefined).length,
      };
    }, APP_ORIGIN);
    return { dialogs: [...this.dialogs], ...seen };
  }

  /** Nothing ran, nothing was injected, no dialog opened, no prototype polluted. */
  async expectNothingRan(name: string): Promise<void> {
    const seen = await this.observe();
    expect(seen.dialogs, `${name}: dialogs`).toEqual([]);
    expect(seen.calls, `${name}: calls to alert/eval, writes to __pwned, CSP violations`).toEqual([]);
    expect(seen.markup, `${name}: markup from the link`).toEqual([]);
    expect(seen.polluted, `${name}: Object.prototype polluted`).toBe(0);
  }

  /**
   * The page still answers: the Examples menu opens and closes, Add scenario opens its form.
   * (Checked after each batch and each reviewer link; doing it after every link would double the
   * suite's time.)
   */
  async expectUsable(name: string): Promise<void> {
    const { app } = this;
    await app.examplesButton.click();
    await expect(app.examplesMenu, `${name}: Examples menu`).toBeVisible();
    await this.page.keyboard.press('Escape');
    await expect(app.examplesMenu).toBeHidden();
    await app.whatIf.addButton.click();
    await expect(app.whatIf.form.root, `${name}: Add scenario`).toHaveAccessibleName('New scenario');
    await app.whatIf.form.cancel.click();
    await expect(app.whatIf.form.root).toBeHidden();
  }

  /** Dismisses every notice, so the next link's message is the only one. */
  async dismissNotices(): Promise<void> {
    const dismiss = this.page.getByRole('button', { name: 'Dismiss message' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
  }

  /** The page's text as a reader gets it (Monaco draws spaces as no-break spaces), and field values. */
  async shows(text: string): Promise<boolean> {
    return this.page.evaluate((t) => {
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, not hidden text.
      const visible = document.body.innerText.replaceAll('\u00a0', ' ');
      const values = [
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
      ].map((e) => e.value);
      return visible.includes(t) || values.some((v) => v.includes(t));
    }, text);
  }
}

const ERRORS = CORPUS.filter((l) => l.expect === 'error');
const OKS = CORPUS.filter((l) => l.expect === 'ok');

/** Links per test: each test must finish within the 30-second test timeout on a busy CI machine. */
const BATCH_SIZE = 16;

function batches<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size)).filter(
    (b) => b.length > 0,
  );
}

/** The corpus is the share package's, with every kind of link, and this suite knows each one. */
function checkCorpus(): void {
  expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  expect(new Set(CORPUS.map((l) => l.name)).size).toBe(CORPUS.length);
  expect(new Set(ERRORS.map((l) => l.code))).toEqual(new Set(Object.keys(MESSAGES)));
  for (const link of OKS) expect(() => expectation(link), link.name).not.toThrow();
}

for (const [index, batch] of batches(ERRORS, Math.ceil(ERRORS.length / BATCH_SIZE)).entries()) {
  test(`refused links, batch ${index + 1}: a clear message, nothing changed, nothing ran (${batch.length} links)`, async ({
    page,
    requests,
  }) => {
    if (index === 0) checkCorpus();
    const session = await HostileSession.start(page);
    const { app, incoming } = session;
    await app.goto();
    await session.expectCanaryWorks();
    // Work of the user's own, which no refused link may touch.
    await app.loadExample('Third-party auditor');
    await session.dismissNotices();
    const policyText = await app.editor.text();
    const role = await app.roleArn.inputValue();
    const names = await app.whatIf.names();

    for (const link of batch) {
      await test.step(link.name, async () => {
        const alert = app.alert('Nothing was loaded.');
        if (link.fragment === '') {
          // "#" alone is the app's own address, not a link: a new page load says nothing.
          await page.goto('about:blank');
          await page.goto('/#');
          await expect(app.heading).toBeVisible();
          await app.editor.ready();
          await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
        } else {
          // A new fragment in the open page: the app reads it as a link opened there.
          await page.goto(`/#${link.fragment}`);
          await expect(alert).toHaveCount(1);
          const text = (await alert.getByText(/Nothing was loaded\.$/).textContent()) ?? '';
          expect(text, `${link.name}: the message for ${link.code}`).toMatch(
            MESSAGES[link.code ?? ''] ?? /^$/,
          );
          // The message never echoes the link: no markup, no endless digits.
          expect(text).not.toMatch(/[<>]|\d{20}/);
        }
        // Nothing opened, offered or shown for review: the only ways a link changes the work (each
        // says so on screen). The work itself is compared in full after the batch.
        await expect(incoming.offer.or(incoming.reviewerView).or(app.status(/^Opened /))).toHaveCount(0);
        await session.expectNothingRan(link.name);
        if (link.fragment !== '') {
          // The page answers the user: the message goes when dismissed. (The Examples menu and
          // Add scenario are checked after the batch: a refused link changes no state, so a
          // page it had broken would still be broken then.)
          await alert.getByRole('button', { name: 'Dismiss message' }).click();
          await expect(alert).toHaveCount(0);
        }
      });
    }

    // A fresh load of the last refused link: the same message, and the work is all there.
    if (new URL(page.url()).hash.length > 1) {
      await page.reload();
      await app.editor.ready();
      await expect(app.alert('Nothing was loaded.')).toHaveCount(1);
    }
    expect(await app.editor.text()).toBe(policyText);
    await expect(app.roleArn).toHaveValue(role);
    expect(await app.whatIf.names()).toEqual(names);
    await session.expectNothingRan('after the batch');
    await session.expectUsable('after the batch');
    expect(requests.urls.filter((url) => url.startsWith(`${APP_ORIGIN}/x`))).toEqual([]);
  });
}

for (const [index, batch] of batches(OKS, Math.ceil(OKS.length / BATCH_SIZE)).entries()) {
  test(`hostile text in valid links, batch ${index + 1}: shown as text, never run (${batch.length} links)`, async ({
    page,
    requests,
  }) => {
    const session = await HostileSession.start(page);
    const { app, incoming } = session;
    const opened = app.status(/^Opened the shared (link|copy)\. Your previous work is kept\./);

    for (const [n, link] of batch.entries()) {
      await test.step(link.name, async () => {
        const { text, place } = expectation(link);
        if (n === 0) {
          // The first link of the batch opens a new page, with nothing of the user's yet.
          await page.goto(`/#${link.fragment}`);
          await expect(app.heading).toBeVisible();
          await app.editor.ready();
        } else {
          await page.goto(`/#${link.fragment}`);
        }
        if (place === 'review') {
          await expect(incoming.reviewerView).toBeVisible();
        } else {
          // Over the previous link's work the app asks first; either way the shared copy opens.
          await expect(incoming.offer.or(opened)).toBeVisible();
          if (await incoming.offer.isVisible()) await incoming.openShared.click();
          await expect(opened).toBeVisible();
        }

        switch (place) {
          case 'policy':
          case 'review':
            expect(await app.editor.text(), `${link.name}: the policy text`).toContain(text);
            expect(await session.shows(text), `${link.name}: shown in the editor`).toBe(true);
            break;
          case 'role':
            await expect(app.roleArn).toHaveValue(text);
            break;
          case 'scenario-name':
          case 'selected-name':
            await expect(app.whatIf.items).toHaveCount(1);
            await expect(app.whatIf.items.first()).toHaveAttribute('aria-label', text);
            expect(await session.shows(text), `${link.name}: the name shown`).toBe(true);
            await expect(app.whatIf.why.root).toHaveAttribute('aria-label', `Why: ${text}`);
            break;
          case 'request': {
            // The request's values are shown in the scenario's form, as field values.
            const name = (await app.whatIf.names())[0] ?? '';
            await app.whatIf.editButton(name).click();
            await expect(app.whatIf.form.root).toBeVisible();
            expect(await session.shows(text), `${link.name}: the request value shown`).toBe(true);
            await app.whatIf.form.cancel.click();
            await expect(app.whatIf.form.root).toBeHidden();
            break;
          }
          case 'none':
            await app.whatIf.expectAllEvaluated();
            break;
        }
        await session.expectNothingRan(link.name);
        if (place === 'review') {
          await incoming.editCopy.click();
          await expect(incoming.reviewerView).toBeHidden();
          await session.expectUsable(link.name);
        }
        // The page answers the user: the notice goes when dismissed. (Menus and forms are
        // checked after a reviewer link and after the batch.)
        await session.dismissNotices();
      });
    }
    await session.expectUsable('after the batch');
    expect(requests.urls.filter((url) => url.startsWith(`${APP_ORIGIN}/x`))).toEqual([]);
  });
}

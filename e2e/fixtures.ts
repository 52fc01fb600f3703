import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { PREVIEW_PORT } from './port';

/** The app's own origin: the only place the page, its workers and its downloads may talk to. */
export const APP_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;

/**
 * The page's clock, fixed (timers still run): lint notes about date windows depend on "now",
 * and the seed examples' windows are in 2026; this is inside them, like their scenarios.
 */
export const NOW = new Date('2026-12-05T10:00:00Z');

/** Same origin, or in-page data (blob: downloads and workers, data: fonts and images). */
export function isOwnOrigin(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('blob:') || url.startsWith('data:');
}

/**
 * Records every request of every context a test uses (pages, their dedicated workers, and
 * service workers all report to `context.on('request')`), plus WebSockets, which do not.
 */
export class RequestLog {
  readonly urls: string[] = [];
  readonly workers: string[] = [];

  watch(context: BrowserContext): void {
    context.on('request', (request) => {
      this.urls.push(request.url());
    });
    const watchPage = (page: Page) => {
      page.on('websocket', (socket) => this.urls.push(socket.url()));
      page.on('worker', (worker) => this.workers.push(worker.url()));
    };
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
  }

  foreign(): string[] {
    return this.urls.filter((url) => !isOwnOrigin(url));
  }
}

async function prepare(context: BrowserContext, log: RequestLog): Promise<void> {
  log.watch(context);
  // The editor page object pastes and copies through the real clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
}

interface Fixtures {
  /** Every request of the test; the test fails if one leaves the app's origin. */
  requests: RequestLog;
  /** The app, loaded in this test's fresh context (so with empty storage) and Monaco ready. */
  app: AppPage;
  /**
   * The app in another fresh context (another browser profile), watched like the first, with
   * the test's colour scheme.
   */
  openFreshApp: () => Promise<AppPage>;
}

export const test = base.extend<Fixtures>({
  requests: [
    async ({ context }, use, testInfo) => {
      const log = new RequestLog();
      await prepare(context, log);
      await use(log);
      const foreign = log.foreign();
      if (foreign.length > 0 || testInfo.status !== testInfo.expectedStatus)
        await testInfo.attach('requests', {
          body: [...log.urls, '', 'workers:', ...log.workers].join('\n'),
          contentType: 'text/plain',
        });
      expect(log.urls.length, 'the guard saw the app load').toBeGreaterThan(0);
      expect(foreign, 'requests that left the app origin').toEqual([]);
    },
    { auto: true },
  ],

  app: async ({ page }, use) => {
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page);
    await app.goto();
    await use(app);
  },

  openFreshApp: async ({ browser, baseURL, colorScheme, requests }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      // Same preferences as the test's own page (a dark-theme test stays dark in the other profile).
      const context = await browser.newContext({
        baseURL: baseURL ?? APP_ORIGIN,
        acceptDownloads: true,
        colorScheme,
      });
      contexts.push(context);
      await prepare(context, requests);
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      const app = new AppPage(page);
      await app.goto();
      return app;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };

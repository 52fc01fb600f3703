import { defineConfig } from '@playwright/test';
import { PREVIEW_PORT } from './e2e/port';

// Debian's Chromium, never a downloaded browser. The resolver rule keeps Chromium's own
// background services from reaching out (toolchain guide §4); the page itself must only
// ever talk to 127.0.0.1, which the tests assert.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
    },
  },
  webServer: {
    command: process.env.E2E_PREBUILT ? 'pnpm run preview' : 'pnpm run build && pnpm run preview',
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});

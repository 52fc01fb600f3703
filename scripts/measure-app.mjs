#!/usr/bin/env node
// Page-load figures for the built site (issue 3 goals: initial JavaScript <= 130 KB gzip with
// Monaco lazy; first paint <= 0.5 s and editor ready <= 1.2 s from `vite preview` in headless
// Chromium). Prints figures; asserts nothing. Needs `pnpm build` first.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { initialJavaScript } from './initial-javascript.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const PORT = Number(process.env.TRUSTWRIGHT_BENCH_PORT ?? 4179);
const LOADS = 7;

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

const js = initialJavaScript(dist);
console.log(
  `initial JavaScript: ${js.files.join(', ')}: ${(js.raw / 1024).toFixed(1)} KB raw, ${(js.gzip / 1024).toFixed(1)} KB gzip`,
);

const server = spawn(
  process.execPath,
  [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT)],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
const url = `http://127.0.0.1:${PORT}/`;
try {
  await waitForServer(url);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const samples = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.monaco-editor [role="textbox"][aria-label="Trust policy"]').waitFor();
    const figures = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return {
        firstPaint: paint?.startTime ?? Number.NaN,
        monacoEvaluated: mark('trustwright:monaco-evaluated'),
        editorReady: mark('trustwright:editor-ready'),
      };
    });
    samples.push(figures);
    await context.close();
  }
  await browser.close();
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  const worst = (key) => Math.max(...samples.map((s) => s[key]));
  console.log(`${LOADS} cold loads (new browser context each), headless Chromium, vite preview:`);
  console.log(
    `  first contentful paint: median ${median('firstPaint').toFixed(0)} ms, worst ${worst('firstPaint').toFixed(0)} ms`,
  );
  console.log(
    `  Monaco code evaluated:  median ${median('monacoEvaluated').toFixed(0)} ms, worst ${worst('monacoEvaluated').toFixed(0)} ms`,
  );
  console.log(
    `  editor ready (Monaco):  median ${median('editorReady').toFixed(0)} ms, worst ${worst('editorReady').toFixed(0)} ms`,
  );
} finally {
  server.kill();
}

#!/usr/bin/env node
// Page-load figures for the built site, printed, never asserted (issue 12 goals: first usable
// paint <= 500 ms and editor ready <= 1,000 ms, with the initial JavaScript <= 130 KB gzip).
// Needs `pnpm build` first.
//
//   node scripts/measure-app.mjs [--loads 9] [--throttle 1,4] [--cpu-loads 5] [--baseline DIR] [--current DIR]
//
// Each load is cold: a new browser context (empty cache and storage) in one headless Debian
// Chromium, against a local static server that gzips on the fly (scripts/serve-static.mjs).
// `--throttle` runs the loads again under Chromium's CPU throttling (DevTools
// Emulation.setCPUThrottlingRate: the renderer runs N times slower; the server does not).
// `--baseline DIR` loads another build (say, main's `dist/`, copied aside) interleaved with this
// one, alternating which goes first, so both see the same machine load. `--current` measures
// another directory than `dist/`.
//
// What is measured, from navigation start:
// - first contentful paint: the browser's paint timing entry;
// - first usable paint: when the policy textarea and the What-if panel are on the screen with
//   their handlers attached: the `trustwright:usable` mark, set once the first frame after their
//   commit has been painted (app/src/layout/first-usable-paint.ts), or the first contentful
//   paint if that is stamped later (it is the frame's presentation time);
// - editor ready: the `trustwright:editor-ready` mark, when Monaco has mounted.
// - renderer CPU time (`--cpu-loads`, traced loads): the main thread's own time until the first
//   contentful paint and until editor ready, and all renderer threads' until editor ready
//   (scripts/trace-cpu.mjs); much less disturbed by other work on the machine than wall time.
// The page is watched through a performance observer installed before it loads, which logs
// to the console: no Playwright selector runs in the page while it loads.
import { readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { initialJavaScript } from './initial-javascript.mjs';
import { serveStatic } from './serve-static.mjs';
import { CPU_CATEGORIES, cpuUntil } from './trace-cpu.mjs';

const root = join(import.meta.dirname, '..');
const PORT = Number(process.env.TRUSTWRIGHT_BENCH_PORT ?? 4179);
const { values: args } = parseArgs({
  options: {
    loads: { type: 'string', default: '9' },
    throttle: { type: 'string', default: '1,4' },
    'cpu-loads': { type: 'string', default: '5' },
    baseline: { type: 'string' },
    current: { type: 'string', default: join(root, 'dist') },
  },
});
const LOADS = Number(args.loads);
const RATES = args.throttle.split(',').map(Number);
const CPU_LOADS = Number(args['cpu-loads']);
const READY_TIMEOUT_MS = 30_000;

const builds = { current: resolve(args.current) };
if (args.baseline !== undefined) builds.baseline = resolve(args.baseline);
const names = Object.keys(builds);

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

for (const name of names) {
  const js = initialJavaScript(builds[name]);
  console.log(
    `${name} initial JavaScript: ${(js.raw / 1024).toFixed(1)} KB raw, ${(js.gzip / 1024).toFixed(1)} KB gzip (${js.files.join(', ')})`,
  );
}

/**
 * Loads `url` once in a fresh context and reads the paint entry and the app's marks; with
 * `tracePath`, records a trace there and adds the renderer's CPU time.
 */
async function coldLoad(browser, url, rate, tracePath) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (rate > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'trustwright:editor-ready') console.debug('trustwright-bench:editor-ready');
      }).observe({ type: 'mark', buffered: true });
    });
    const ready = page.waitForEvent('console', {
      predicate: (message) => message.text() === 'trustwright-bench:editor-ready',
      timeout: READY_TIMEOUT_MS * rate,
    });
    if (tracePath !== undefined)
      await browser.startTracing(page, { path: tracePath, categories: CPU_CATEGORIES });
    await Promise.all([ready, page.goto(url)]);
    const figures = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      const contentful = at('first-contentful-paint');
      // The paint entry is stamped when the frame is presented, a little after the main thread
      // is done with it: the later of the two is when the usable page is on the screen.
      return {
        contentful,
        usable: Math.max(contentful, at('trustwright:usable')),
        editor: at('trustwright:editor-ready'),
      };
    });
    if (tracePath === undefined) return figures;
    await browser.stopTracing();
    const { traceEvents } = JSON.parse(await readFile(tracePath, 'utf8'));
    const cpu = cpuUntil(traceEvents, ['firstContentfulPaint', 'trustwright:editor-ready']);
    return {
      ...figures,
      cpuPaint: cpu.firstContentfulPaint.main,
      cpuEditor: cpu['trustwright:editor-ready'].main,
      cpuEditorAll: cpu['trustwright:editor-ready'].all,
    };
  } finally {
    await context.close();
  }
}

const METRICS = [
  ['contentful', 'first contentful paint'],
  ['usable', 'first usable paint'],
  ['editor', 'editor ready (Monaco)'],
];
const CPU_METRICS = [
  ['cpuPaint', 'main thread to first contentful paint'],
  ['cpuEditor', 'main thread to editor ready'],
  ['cpuEditorAll', 'all renderer threads to editor ready'],
];

function summary(samples, key) {
  const values = samples.map((s) => s[key]).filter((v) => !Number.isNaN(v));
  if (values.length === 0) return 'n/a (this build sets no such mark)';
  values.sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)];
  return `median ${median.toFixed(0).padStart(5)} ms, worst ${values[values.length - 1].toFixed(0).padStart(5)} ms`;
}

const server = await serveStatic(PORT, builds);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
/** `loads` interleaved cold loads of every build; prints `metrics` for each. */
async function pass(title, loads, rate, metrics, tracePath) {
  const before = load();
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < loads; i++) {
    // Alternate which build goes first, so neither always follows the other.
    const order = i % 2 === 0 ? names : [...names].reverse();
    for (const name of order)
      samples[name].push(await coldLoad(browser, `http://127.0.0.1:${PORT}/${name}/`, rate, tracePath));
  }
  console.log(`\n${title}, ${loads} cold loads per build, load average ${before} before, ${load()} after:`);
  const width = Math.max(...metrics.map(([, label]) => label.length)) + 2;
  for (const name of names) {
    if (names.length > 1) console.log(`  ${name}:`);
    for (const [key, label] of metrics)
      console.log(`    ${`${label}:`.padEnd(width)} ${summary(samples[name], key)}`);
  }
}

const tracePath = join(tmpdir(), `trustwright-bench-${process.pid}.json`);
try {
  for (const rate of RATES)
    await pass(`Wall clock, CPU throttling ${rate === 1 ? 'off' : `${rate}x`}`, LOADS, rate, METRICS);
  if (CPU_LOADS > 0)
    await pass('Renderer CPU time (traced, throttling off)', CPU_LOADS, 1, CPU_METRICS, tracePath);
} finally {
  await browser.close();
  server.close();
  await rm(tracePath, { force: true });
}

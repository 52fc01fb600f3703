#!/usr/bin/env node
// `pnpm test`: every check and test, then one plain summary line `N passed, M failed`
// (the line CI reads). Each check step (setup, lint, typecheck, build) counts as one test;
// Vitest and Playwright count their own tests from their JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, env = {}) {
  process.stdout.write(`\n=== ${name}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  process.stdout.write(
    `=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return result.status === 0;
}

function check(name, command, args, env) {
  if (step(name, command, args, env)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

/** Counts from a test runner's JSON report; a missing report means the runner itself failed. */
function suite(name, command, args, reportFile, count, env) {
  const ok = step(name, command, args, env);
  const path = join(reports, reportFile);
  if (!existsSync(path)) {
    failed++;
    failures.push(`${name} (no report: the runner did not finish)`);
    return;
  }
  const { passed: p, failed: f } = count(JSON.parse(readFileSync(path, 'utf8')));
  passed += p;
  failed += f;
  if (f > 0 || !ok) failures.push(`${name}: ${f} failed`);
  if (f === 0 && !ok) failed++;
}

check('setup (pnpm, chromium, dependencies)', process.execPath, [join(root, 'scripts', 'setup.mjs')]);
check('format and lint (biome)', 'pnpm', ['exec', 'biome', 'ci', '.']);
check('typecheck', 'pnpm', ['run', 'typecheck']);
check('build (core, cli, app)', 'pnpm', ['run', 'build']);
check('bundle budget (initial JavaScript)', process.execPath, [join(root, 'scripts', 'bundle-budget.mjs')]);
suite(
  'unit, property and CLI tests (vitest)',
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, 'unit.json')}`,
  ],
  'unit.json',
  (r) => ({
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0),
  }),
);
suite(
  'browser tests (playwright)',
  'pnpm',
  ['exec', 'playwright', 'test'],
  'e2e.json',
  (r) => ({ passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0), failed: r.stats?.unexpected ?? 0 }),
  { E2E_PREBUILT: '1', CI: process.env.CI ?? 'true' },
);

if (failures.length > 0) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;

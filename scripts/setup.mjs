#!/usr/bin/env node
// Installs what the project needs on a fresh machine, idempotently: pnpm (pinned, via npm),
// Debian's Chromium for the e2e tests (never a downloaded browser) and the dependencies.
// `node scripts/setup.mjs --then <pnpm script>` runs that script afterwards (used by `npm start`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const PNPM_VERSION = '12.21.0';
const root = join(import.meta.dirname, '..');
const log = (text) => process.stdout.write(`[setup] ${text}\n`);

// npm under `env -i` ignores the system CA bundle and retries for minutes (toolchain guide, pitfall 14).
process.env.NODE_EXTRA_CA_CERTS ??= '/etc/ssl/certs/ca-certificates.crt';
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function version(command) {
  try {
    return execFileSync(command, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** pnpm from PATH, or from npm's global bin when that is not on PATH. */
export function findPnpm() {
  if (version('pnpm') === PNPM_VERSION) return 'pnpm';
  const globalBin = join(execFileSync('npm', ['prefix', '-g'], { encoding: 'utf8' }).trim(), 'bin', 'pnpm');
  if (existsSync(globalBin) && version(globalBin) === PNPM_VERSION) return globalBin;
  return undefined;
}

function ensurePnpm() {
  let pnpm = findPnpm();
  if (pnpm === undefined) {
    log(`installing pnpm ${PNPM_VERSION} with npm`);
    run('npm', ['install', '-g', `pnpm@${PNPM_VERSION}`, '--no-audit', '--no-fund']);
    pnpm = findPnpm();
    if (pnpm === undefined)
      throw new Error(
        `pnpm ${PNPM_VERSION} is not on PATH after installing it; add "$(npm prefix -g)/bin" to PATH`,
      );
  }
  return pnpm;
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [apt, ...aptArgs] = isRoot ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  log("installing Debian's chromium package for the browser tests");
  try {
    run(apt, [...aptArgs, 'update', '-qq']);
    run(apt, [...aptArgs, 'install', '-y', '-qq', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    log(`could not install chromium (${error.message}); run "apt-get install chromium" or set CHROMIUM_PATH`);
  }
}

function main() {
  const pnpm = ensurePnpm();
  ensureChromium();
  log('installing dependencies');
  run(pnpm, ['install', '--frozen-lockfile', '--reporter=silent']);
  const then = process.argv.indexOf('--then');
  if (then >= 0 && process.argv[then + 1] !== undefined) run(pnpm, ['run', process.argv[then + 1]]);
}

if (process.argv[1] === import.meta.filename) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`[setup] ${error.message}\n`);
    process.exit(1);
  }
}

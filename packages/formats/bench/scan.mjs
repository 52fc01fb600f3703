// `pnpm --filter @trustwright/formats bench`: scan throughput and memory on a synthetic account
// export (scripts/generate-account-export.mjs). Figures only: nothing here asserts on time.
// Goal: >= 5,000 roles/s on one core for the CLI scan path.
//  - CLI: the built `trustwright scan FILE --json` in a child process (stdout discarded), timed
//    around runCli inside the child (so node's start-up is left out and reported apart), with
//    its peak RSS; and once more under --max-old-space-size to show the heap the scan needs.
//  - library: `scan()` from dist/ in this process, every event consumed.
// Needs: pnpm --filter @trustwright/core --filter @trustwright/templates --filter @trustwright/formats --filter @trustwright/cli build
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAccountExport } from '../../../scripts/generate-account-export.mjs';
import { scan } from '../dist/index.js';

const ROLES = Number(process.env.BENCH_ROLES ?? 10_000);
const ROUNDS = 5;
const NOW = Date.parse('2026-12-05T10:00:00Z');
const CLI = fileURLToPath(new URL('../../cli/dist/node-io.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trustwright-bench-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs the CLI's scan in a child node; returns the scan's own time and the child's peak RSS. */
function cliScan(file, heapLimitMb) {
  const script = `
    const { runCli } = await import(${JSON.stringify(CLI)});
    const write = process.stdout.write.bind(process.stdout);
    let bytes = 0;
    process.stdout.write = (chunk) => { bytes += chunk.length; return true; };
    const argv = ['scan', ${JSON.stringify(file)}, '--json', '--now', '2026-12-05T10:00:00Z'];
    const cpuMs = (u) => (u.user + u.system) / 1000;
    let start = process.hrtime.bigint();
    let cpu = process.cpuUsage();
    const code = await runCli(argv);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const cpuCold = cpuMs(process.cpuUsage(cpu));
    const maxRss = process.resourceUsage().maxRSS * 1024;
    let warm;
    if (${heapLimitMb === undefined}) {
      start = process.hrtime.bigint();
      cpu = process.cpuUsage();
      await runCli(argv);
      warm = Number(process.hrtime.bigint() - start) / 1e6;
      var cpuWarm = cpuMs(process.cpuUsage(cpu));
    }
    process.stdout.write = write;
    console.log(JSON.stringify({ code, ms, warm, cpuCold, cpuWarm, bytes: bytes / (warm === undefined ? 1 : 2), maxRss }));`;
  const args = [
    ...(heapLimitMb === undefined ? [] : [`--max-old-space-size=${heapLimitMb}`]),
    '--input-type=module',
    '-e',
    script,
  ];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0 && child.stdout === '')
    return { failed: child.stderr.split('\n').slice(-3).join(' ') };
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

console.log(
  `node ${process.version}; ${ROLES.toLocaleString('en-US')} roles; median of ${ROUNDS} rounds; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores\n`,
);
const text = generateAccountExport({ roles: ROLES });
const file = join(dir, 'account.json');
writeFileSync(file, text);
console.log(
  `export: ${(text.length / 1e6).toFixed(1)} MB (${Math.round(text.length / ROLES)} characters a role)`,
);

const startup = median(
  Array.from({ length: 3 }, () => {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    return Number(process.hrtime.bigint() - t) / 1e6;
  }),
);

const runs = Array.from({ length: ROUNDS }, () => cliScan(file));
const failed = runs.find((r) => r.failed !== undefined);
if (failed !== undefined) throw new Error(`the CLI scan failed: ${failed.failed}`);
const cliMs = median(runs.map((r) => r.ms));
const warmMs = median(runs.map((r) => r.warm));
const rate = (ms) => Math.round(ROLES / (ms / 1000)).toLocaleString('en-US');
const cpuCold = median(runs.map((r) => r.cpuCold));
const cpuWarm = median(runs.map((r) => r.cpuWarm));
// CPU time is the fairer figure on a shared machine: wall time includes waiting for a core.
console.log(
  `CLI scan --json, cold: ${rate(cpuCold)} roles per CPU-second (${cpuCold.toFixed(0)} ms CPU, ${cliMs.toFixed(0)} ms wall = ${rate(cliMs)} roles/s; exit ${runs[0].code}; ${mb(runs[0].bytes)} of JSON; node start-up ${startup.toFixed(0)} ms not counted)`,
);
console.log(
  `CLI scan --json, warm: ${rate(cpuWarm)} roles per CPU-second (${cpuWarm.toFixed(0)} ms CPU, ${warmMs.toFixed(0)} ms wall; a second run in the same process)`,
);
console.log(`CLI peak RSS:         ${mb(median(runs.map((r) => r.maxRss)))}`);

const library = [];
for (let r = 0; r < ROUNDS; r++) {
  const start = process.cpuUsage();
  let roles = 0;
  const it = scan([{ name: 'account.json', text }], { now: NOW, keepPolicies: false });
  for (let step = it.next(); step.done !== true; step = it.next()) if (step.value.kind === 'role') roles++;
  const used = process.cpuUsage(start);
  library.push((used.user + used.system) / 1000);
  if (roles !== ROLES) throw new Error(`scanned ${roles} roles, expected ${ROLES}`);
}
const libMs = median(library);
console.log(`library scan(), warm:  ${rate(libMs)} roles per CPU-second (${libMs.toFixed(0)} ms CPU)`);
const heap = process.memoryUsage();
console.log(`bench heap after:     ${mb(heap.heapUsed)} used of ${mb(heap.heapTotal)}`);

// The heap a scan needs: the export text plus one role at a time, whatever the role count.
for (const limit of [128, 256]) {
  const limited = cliScan(file, limit);
  console.log(
    `--max-old-space-size=${limit}: ${limited.failed === undefined ? `ok, ${limited.ms.toFixed(0)} ms, peak RSS ${mb(limited.maxRss)}` : `failed (${limited.failed})`}`,
  );
}

// A 100 MB export (the issue's "100 MB file"), streamed.
if (process.env.BENCH_SKIP_LARGE !== '1') {
  const bigRoles = Math.ceil((100e6 / text.length) * ROLES);
  const big = generateAccountExport({ roles: bigRoles, seed: 7 });
  const bigFile = join(dir, 'account-100mb.json');
  writeFileSync(bigFile, big);
  const r = cliScan(bigFile, 512);
  console.log(
    `100 MB export (${bigRoles.toLocaleString('en-US')} roles, ${(big.length / 1e6).toFixed(0)} MB), --max-old-space-size=512: ${r.failed === undefined ? `${Math.round(bigRoles / (r.ms / 1000)).toLocaleString('en-US')} roles/s, peak RSS ${mb(r.maxRss)}` : `failed (${r.failed})`}`,
  );
}
rmSync(dir, { recursive: true, force: true });

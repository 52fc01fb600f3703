// The app's work per keystroke (app/src/analysis/analyze.ts): read the policy text once, lint it,
// compile it, and evaluate every scenario. Goal (issue 3): <= 2 ms for a 4,096-character policy
// with 50 scenarios. Figures only; nothing asserts on time.
// TRUSTWRIGHT_BENCH_BASELINE=<dist> also times another build of core, interleaved round by round.
import { pathToFileURL } from 'node:url';
import * as current from '../dist/index.js';
import { policyAtQuota, scenarios } from './keystroke-inputs.mjs';

const { policySize, lintSource, readPolicy } = current;
const builds = [['this build', current]];
if (process.env.TRUSTWRIGHT_BENCH_BASELINE) {
  const url = pathToFileURL(process.env.TRUSTWRIGHT_BENCH_BASELINE).href;
  builds.push(['baseline', await import(url.endsWith('.js') ? url : `${url}/index.js`)]);
}

const NOW = Date.parse('2026-12-05T10:00:00Z');
const ROLE = 'arn:aws:iam::444455556666:role/Workload';

const policy = JSON.stringify(policyAtQuota(), null, 2);
const requests = scenarios(50);
// Each keystroke changes the text: vary it so that nothing can be cached across runs.
const texts = Array.from({ length: 32 }, (_, i) =>
  policy.replace('"2012-10-17"', `"2012-10-17"${' '.repeat(i)}`),
);

function keystroke(core, text) {
  const source = core.readPolicy(text);
  const findings = core.lintSource(source, ROLE, { now: NOW });
  const compiled = core.compileSource(source, ROLE);
  let allowed = 0;
  for (const r of requests) if (compiled.evaluate(r, { now: NOW }).decision === 'allow') allowed++;
  return findings.length + allowed;
}

/** Median and worst round (ms per call) of each build's `fn`, the builds taking turns each round. */
function median(fns, n, rounds = 9) {
  for (const fn of fns) for (let i = 0; i < n; i++) fn(i);
  const samples = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, f) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < n; i++) fn(i);
      samples[f].push(Number(process.hrtime.bigint() - start) / n / 1e6);
    });
  }
  return samples.map((s) => {
    s.sort((a, b) => a - b);
    return { median: s[Math.floor(rounds / 2)], worst: s[rounds - 1] };
  });
}

let sink = 0;
const parts = {
  'parse (readPolicy)': (core) => (i) => {
    sink += core.readPolicy(texts[i & 31]).text.length;
  },
  lint: (core) => (i) => {
    sink += core.lintSource(core.readPolicy(texts[i & 31]), ROLE, { now: NOW }).length;
  },
  'compile + 50 evaluations': (core) => (i) => {
    const compiled = core.compileSource(core.readPolicy(texts[i & 31]), ROLE);
    for (const r of requests) sink += compiled.evaluate(r, { now: NOW }).statements.length;
  },
  'whole keystroke': (core) => (i) => {
    sink += keystroke(core, texts[i & 31]);
  },
};
console.log(
  `keystroke: policy ${policySize(policy)} chars without whitespace (${policy.length} with), ${requests.length} scenarios, ` +
    `${lintSource(readPolicy(policy), ROLE, { now: NOW }).length} findings, node ${process.version}\n`,
);
const head = builds.map(([label]) => `${label} median`.padStart(20)).join(' ');
console.log(`${'step'.padEnd(28)} ${head} ${'worst round'.padStart(12)}`);
for (const [name, part] of Object.entries(parts)) {
  const figures = median(
    builds.map(([, core]) => part(core)),
    200,
  );
  const cells = figures.map((f) => `${f.median.toFixed(3)} ms`.padStart(20)).join(' ');
  console.log(`${name.padEnd(28)} ${cells} ${`${(figures[0]?.worst ?? 0).toFixed(3)} ms`.padStart(12)}`);
}
if (sink === 0.5) console.log('');

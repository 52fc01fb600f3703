// `pnpm bench`: evaluations per second on realistic trust policies, printed as a table.
// Hot = compiled.evaluate(request); cold = parse text + compile + first evaluation.
// Figures only: nothing here asserts on time (goals: >= 1,000,000 hot/s and cold < 20 µs on the
// small policies, one core).
import { compile, policySize, resolveRequest } from '../dist/index.js';
import { POLICIES } from './policies.mjs';

const NOW = Date.parse('2026-12-05T10:00:00Z');
const ROUNDS = 7;

/** Median ns per call of `fn` over ROUNDS timed batches of `n` calls, after a warm-up. */
function measure(fn, n) {
  for (let i = 0; i < n; i++) fn(i);
  const samples = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

let sink = 0;
const rows = [];
for (const [name, { policy, request }, small] of POLICIES) {
  const text = JSON.stringify(policy, null, 2);
  const compiled = compile({ policy: text });
  const first = compiled.evaluate(request, { now: NOW });
  // The 60-statement stress case is deliberately over IAM's size quota; nothing else may be wrong.
  const problems = compiled.findings.filter((f) => f.code !== 'policy-size');
  if (first.decision !== 'allow' || problems.length > 0) {
    throw new Error(
      `${name}: expected a clean allow, got ${first.decision} with ${problems.map((f) => f.code).join(', ')}`,
    );
  }
  const resolved = resolveRequest(request, { now: NOW });
  const n = small ? 200_000 : 20_000;
  const hot = measure(() => {
    sink += compiled.evaluate(request, { now: NOW }).statements.length;
  }, n);
  const hotResolved = measure(() => {
    sink += compiled.evaluate(resolved).statements.length;
  }, n);
  // Distinct texts defeat any caching: each cold run parses a policy it has never seen.
  const texts = Array.from({ length: 64 }, (_, i) =>
    text.replace('"2012-10-17"', `"2012-10-17"${' '.repeat(i)}`),
  );
  const cold = measure(
    (i) => {
      sink += compile({ policy: texts[i & 63] }).evaluate(request, { now: NOW }).statements.length;
    },
    small ? 50_000 : 2_000,
  );
  rows.push({ name, chars: policySize(text), hot, hotResolved, cold });
}

const fmt = (ns) => (ns < 1000 ? `${ns.toFixed(0)} ns` : `${(ns / 1000).toFixed(1)} µs`);
const perSecond = (ns) => Math.round(1e9 / ns).toLocaleString('en-US');
console.log(`node ${process.version}, ${ROUNDS} rounds, median\n`);
console.log(
  [
    'policy'.padEnd(52),
    'size'.padStart(6),
    'hot evals/s'.padStart(13),
    'hot'.padStart(9),
    'resolved/s'.padStart(13),
    'cold'.padStart(9),
  ].join(' '),
);
for (const r of rows) {
  console.log(
    [
      r.name.padEnd(52),
      String(r.chars).padStart(6),
      perSecond(r.hot).padStart(13),
      fmt(r.hot).padStart(9),
      perSecond(r.hotResolved).padStart(13),
      fmt(r.cold).padStart(9),
    ].join(' '),
  );
}
console.log(`\nsize: characters without whitespace (IAM's count). hot: compiled.evaluate(request).`);
console.log(
  'resolved/s: compiled.evaluate(resolveRequest(request)) with the request resolved once (what the app does).',
);
console.log('cold: parse the text + compile + first evaluation.');
if (sink === 0) console.log('');

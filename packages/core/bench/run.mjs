// `pnpm bench`: nanoseconds per evaluation on realistic trust policies, printed as a table.
// Figures only: nothing here asserts on time.
//
// TRUSTWRIGHT_PEER_DIR=/tmp/peer     also times @cloud-copilot/iam-simulate on the same decisions (peer.mjs)
// TRUSTWRIGHT_BENCH_BASELINE=<dist>  also times another build of core (e.g. main's packages/core/dist),
//                                    interleaved round by round with this one, and prints the speed-up
import { pathToFileURL } from 'node:url';
import * as current from '../dist/index.js';
import { loadPeer, measurePeer, peerSimulations, peerVerdicts } from './peer.mjs';
import { POLICIES } from './policies.mjs';

const NOW = Date.parse('2026-12-05T10:00:00Z');
const ROLE = 'arn:aws:iam::444455556666:role/Workload';
const ROUNDS = 7;
const BATCH_MS = Number(process.env.TRUSTWRIGHT_BENCH_BATCH_MS ?? 60);
const FRESH = 16_384;

const builds = [['this build', current]];
if (process.env.TRUSTWRIGHT_BENCH_BASELINE) {
  const url = pathToFileURL(process.env.TRUSTWRIGHT_BENCH_BASELINE).href;
  builds.push(['baseline', await import(url.endsWith('.js') ? url : `${url}/index.js`)]);
}

let sink = 0;

/** Reads every part of the trace, as explain() and the CLI's --json do. */
function walk(evaluation) {
  let n = 0;
  for (const s of evaluation.statements) {
    n += s.principal.entries.length + s.action.patterns.length + s.conditions.length;
    for (const c of s.conditions) n += c.values.length;
  }
  return n;
}

/**
 * Median ns per call of each function over ROUNDS timed batches of about BATCH_MS each, after a
 * warm-up. With several functions (builds), each round times them one after the other, so that
 * load from other work on the machine falls on all of them alike.
 */
function measure(fns) {
  const sizes = fns.map((fn) => {
    let n = 0;
    const start = process.hrtime.bigint();
    while (Number(process.hrtime.bigint() - start) < BATCH_MS * 2e6) fn(n++);
    return Math.max(50, Math.round(n / 2));
  });
  const samples = fns.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    fns.forEach((fn, f) => {
      const n = sizes[f];
      const start = process.hrtime.bigint();
      for (let i = 0; i < n; i++) fn(i);
      samples[f].push(Number(process.hrtime.bigint() - start) / n);
    });
  }
  return samples.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]);
}

/**
 * 64 requests that differ from the benchmark's request and from each other (the caller's name or
 * session, numbers, the last IPv4 octet, OIDC subjects), cycled: nothing learned from one
 * evaluation is the same for the next.
 */
function variants(request, length = 64) {
  return Array.from({ length }, (_, i) => {
    const principal = request.principal.AWS
      ? { AWS: request.principal.AWS.replace(/[^/:]+$/, (name) => `${name}-${i}`) }
      : request.principal;
    const context = Object.fromEntries(
      Object.entries(request.context ?? {}).map(([k, v]) => [
        k,
        typeof v === 'number'
          ? v + i
          : typeof v === 'string' && /^\d+\.\d+\.\d+\.\d+$/.test(v)
            ? v.replace(/\d+$/, String(i + 1))
            : typeof v === 'string' && k.endsWith(':sub')
              ? `${v}-${i}`
              : v,
      ]),
    );
    return { ...request, principal, context };
  });
}

const rows = [];
for (const [name, { policy, request }] of POLICIES) {
  const text = JSON.stringify(policy, null, 2);
  const varied = variants(request);
  // More requests than the evaluator remembers (resolved requests, context entries: 4,096 each;
  // callers: 1,024), cycled, so that every evaluation types its request from scratch.
  const fresh = variants(request, FRESH);
  // Distinct texts defeat any caching: each cold run parses a policy it has never seen.
  const texts = Array.from({ length: 64 }, (_, i) =>
    text.replace('"2012-10-17"', `"2012-10-17"${' '.repeat(i)}`),
  );
  const figures = builds.map(([label, core]) => {
    const compiled = core.compile({ policy: text, role: ROLE });
    const first = compiled.evaluate(request, { now: NOW });
    // The 60-statement stress case is deliberately over IAM's size quota; nothing else may be wrong.
    const problems = compiled.findings.filter((f) => f.code !== 'policy-size');
    if (first.decision !== 'allow' || problems.length > 0) {
      throw new Error(
        `${label}, ${name}: expected a clean allow, got ${first.decision} with ${problems.map((f) => f.code).join(', ')}`,
      );
    }
    const resolved = core.resolveRequest(request, { now: NOW });
    return {
      hot: () => {
        sink += walk(compiled.evaluate(request, { now: NOW }));
      },
      verdict: () => {
        sink += compiled.evaluate(request, { now: NOW }).decision.length;
      },
      resolved: () => {
        sink += walk(compiled.evaluate(resolved));
      },
      varied: (i) => {
        sink += walk(compiled.evaluate(varied[i & 63], { now: NOW }));
      },
      fresh: (i) => {
        sink += walk(compiled.evaluate(fresh[i % FRESH], { now: NOW }));
      },
      cold: (i) => {
        sink += walk(core.compile({ policy: texts[i & 63], role: ROLE }).evaluate(request, { now: NOW }));
      },
    };
  });
  const pick = (key) => figures.map((f) => f[key]);
  const [hot, verdict, resolved, varied2, fresh2, cold] = [
    'hot',
    'verdict',
    'resolved',
    'varied',
    'fresh',
    'cold',
  ].map((key) => measure(pick(key)));
  rows.push({
    name,
    policy,
    request,
    chars: current.policySize(text),
    hot,
    verdict,
    resolved,
    varied: varied2,
    fresh: fresh2,
    cold,
  });
}

const runPeer = await loadPeer(process.env.TRUSTWRIGHT_PEER_DIR);
if (runPeer !== undefined) {
  for (const row of rows) {
    const simulations = peerSimulations(row.policy, row.request, ROLE);
    if (simulations === undefined) continue;
    const verdicts = await peerVerdicts(runPeer, simulations);
    // The peer drops context keys its action data does not list (the OIDC claim keys of
    // AssumeRoleWithWebIdentity), so it cannot make those decisions: no figure rather than a wrong one.
    if (verdicts.some((v) => v !== 'Allowed')) {
      row.peerNote = verdicts.join(', ');
      continue;
    }
    row.peer = await measurePeer(runPeer, simulations, row.name.startsWith('60') ? 100 : 400, 5);
    row.peerCalls = simulations.length;
  }
}

const fmt = (ns) => (ns < 1000 ? `${ns.toFixed(0)} ns` : `${(ns / 1000).toFixed(1)} µs`);
const columns = [
  ['hot', 'hot'],
  ['verdict', 'verdict'],
  ['resolved', 'resolved'],
  ['varied', 'varied'],
  ['fresh', 'fresh'],
  ['cold', 'cold'],
];
console.log(`node ${process.version}, median of ${ROUNDS} rounds of about ${BATCH_MS} ms, per evaluation\n`);
builds.forEach(([label], b) => {
  if (builds.length > 1) console.log(`${label}:`);
  const head = ['policy'.padEnd(50), 'size'.padStart(6), ...columns.map(([, t]) => t.padStart(9))];
  if (b === 0 && runPeer !== undefined) head.push('peer'.padStart(9), 'peer/hot'.padStart(9));
  console.log(head.join(' '));
  for (const r of rows) {
    const cells = [
      r.name.padEnd(50),
      String(r.chars).padStart(6),
      ...columns.map(([k]) => fmt(r[k][b]).padStart(9)),
    ];
    if (b === 0 && runPeer !== undefined)
      cells.push(
        (r.peer === undefined ? 'n/a' : fmt(r.peer)).padStart(9),
        (r.peer === undefined ? '' : `${Math.round(r.peer / r.hot[0])}x`).padStart(9),
      );
    console.log(cells.join(' '));
  }
  console.log('');
});
if (builds.length > 1) {
  console.log('speed-up (baseline / this build):');
  console.log(['policy'.padEnd(50), ...columns.map(([, t]) => t.padStart(9))].join(' '));
  for (const r of rows)
    console.log(
      [r.name.padEnd(50), ...columns.map(([k]) => `${(r[k][1] / r[k][0]).toFixed(2)}x`.padStart(9))].join(
        ' ',
      ),
    );
  console.log('');
}
console.log(
  "size: characters without whitespace (IAM's count). Every figure evaluates against the role " +
    `${ROLE} and reads the whole trace (every statement's principal entries, action and conditions), except verdict.`,
);
console.log(
  'hot: compiled.evaluate(request) with the request as the CLI and the app pass it (JSON, not resolved).',
);
console.log("verdict: the same, reading only the decision (the app's scenario list).");
console.log('resolved: compiled.evaluate(resolveRequest(request)), the request resolved once.');
console.log('varied: like hot, cycling through 64 requests that differ in the caller and in values.');
console.log(
  `fresh: like varied, cycling through ${FRESH.toLocaleString('en-US')} requests: none is remembered, each is typed from scratch (a CLI run of distinct scenarios).`,
);
console.log('cold: parse the text + compile + first evaluation.');
if (runPeer !== undefined)
  console.log(
    'peer: @cloud-copilot/iam-simulate runSimulation on the same decision (see bench/peer.mjs); peer/hot: how many times faster hot is.',
  );
for (const r of rows)
  if (r.peerNote !== undefined)
    console.log(`peer n/a for ${r.name}: it answers ${r.peerNote} (it drops the claim keys).`);
if (sink === 0) console.log('');

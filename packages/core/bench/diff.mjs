// `pnpm --filter @trustwright/core bench`: the time to diff policies, printed as a table.
// Figures only: nothing here asserts on time. The headline row diffs the two largest bench
// policies (60 statements against the one at the 4,096-character quota); the others diff a
// policy against a small edit of itself, the usual pull request.
import { diffPolicies } from '../dist/index.js';
import { POLICIES } from './policies.mjs';

const NOW = Date.parse('2026-12-05T10:00:00Z');
const ROUNDS = 7;

/**
 * Median ms per diff over ROUNDS runs, after a warm-up run: wall-clock time, and the CPU time
 * the process used (user + system), which waiting for a busy machine's cores does not inflate.
 */
function measure(base, head) {
  let result = diffPolicies(base, head, { now: NOW });
  const wall = [];
  const cpu = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    const used = process.cpuUsage();
    result = diffPolicies(base, head, { now: NOW });
    const spent = process.cpuUsage(used);
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: median(wall), cpu: median(cpu), result };
}

const byName = new Map(POLICIES.map(([name, p]) => [name, p.policy]));
const sixty = byName.get('60 statements');
const quota = byName.get('at the 4,096-character quota');

/** The policy with its last statement's first condition value changed (a one-line pull request). */
function edited(policy) {
  const copy = structuredClone(policy);
  const statement = copy.Statement[copy.Statement.length - 1];
  const [operator] = Object.keys(statement.Condition ?? {});
  if (operator === undefined) {
    statement.Principal = { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::210987654321:root'] };
    return copy;
  }
  const block = statement.Condition[operator];
  const [key] = Object.keys(block);
  const value = block[key];
  block[key] = Array.isArray(value)
    ? [...value.slice(0, -1), `${value[value.length - 1]}-changed`]
    : `${value}-changed`;
  return copy;
}

const rows = [['60 statements vs at the quota (the two largest)', sixty, quota]];
for (const [name, { policy }] of POLICIES) rows.push([`${name}: one value changed`, policy, edited(policy)]);

console.log(`node ${process.version}, ${ROUNDS} rounds, median\n`);
console.log('| diff | wall ms | CPU ms | classes | exact | evaluations | combinations |');
console.log('| --- | ---: | ---: | ---: | --- | ---: | ---: |');
for (const [name, base, head] of rows) {
  const { ms, cpu, result } = measure({ policy: base }, { policy: head });
  const s = result.summary;
  console.log(
    `| ${name} | ${ms.toFixed(1)} | ${cpu.toFixed(1)} | ${s.added}+ ${s.removed}- ${s.denyChanged}~ | ${result.exact ? 'yes' : 'no'} | ${result.stats.evaluations} | ${result.stats.combinations} |`,
  );
}

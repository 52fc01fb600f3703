import type { Decision } from '../evaluate/trace.js';
import { statementLabel } from '../model/policy.js';
import {
  type AccessChange,
  DIFF_DIRECTIONS,
  type DiffDirection,
  type PolicyDiff,
  type VersionVerdict,
} from './types.js';

const HEADINGS: Record<DiffDirection, string> = {
  added: 'Access added',
  removed: 'Access removed',
  'deny-changed': 'Deny kind changed (access unchanged)',
};
const MARKS: Record<DiffDirection, string> = { added: '+', removed: '-', 'deny-changed': '~' };
const DECISION_WORDS: Record<Decision, string> = {
  allow: 'allow',
  'explicit-deny': 'explicit deny',
  'implicit-deny': 'implicit deny',
};

/** One line per version's verdict: "allow (Statement "Partner")". */
export function verdictText(v: VersionVerdict): string {
  const cause = v.cause;
  if (cause.kind !== 'not-allowed') {
    const labels = cause.statements.map((r) => statementLabel(r)).join(', ');
    return `${DECISION_WORDS[v.decision]} (${labels})`;
  }
  if (cause.near.length === 0) return `${DECISION_WORDS[v.decision]} (no statement allows it)`;
  const failing = cause.near.flatMap((n) =>
    n.failing.map((f) => `${statementLabel(n.statement)}: ${f.operator} ${f.key} does not hold`),
  );
  return `${DECISION_WORDS[v.decision]} (${failing.join('; ')})`;
}

/** The witness as one line: action, caller, and the context it sends. */
export function witnessText(change: AccessChange): string {
  const w = change.witness;
  const caller = Object.values(w.principal)[0] as string;
  const keys = Object.keys(w.context);
  const context =
    keys.length === 0
      ? 'no context keys'
      : keys.map((k) => `${k}=${JSON.stringify(w.context[k])}`).join(', ');
  return `${w.action} by ${caller} with ${context}`;
}

/**
 * Plain text for terminals: the classes by direction (added access first), each with its witness
 * and both verdicts, then whether the list is complete, then the counts.
 */
export function renderDiff(diff: PolicyDiff): string {
  const out: string[] = [];
  for (const p of diff.problems) out.push(`${p.severity === 'error' ? 'Error' : 'Warning'}: ${p.message}`);
  if (!diff.ok) return out.join('\n');
  for (const direction of DIFF_DIRECTIONS) {
    const changes = diff.changes.filter((c) => c.direction === direction);
    if (changes.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(`${HEADINGS[direction]} (${changes.length}):`);
    for (const c of changes) {
      out.push(`  ${MARKS[direction]} ${c.description}`);
      out.push(`      witness: ${witnessText(c)}`);
      out.push(`      old: ${verdictText(c.base)}`);
      out.push(`      new: ${verdictText(c.head)}`);
      if (c.callers.length > 1)
        out.push(`      also: ${c.callers.slice(1, 4).join(', ')}${c.callers.length > 4 ? ', …' : ''}`);
    }
  }
  if (diff.changes.length === 0) {
    if (out.length > 0) out.push('');
    out.push('No request changes its verdict.');
  }
  out.push('');
  if (diff.exact) out.push('The comparison is exact: every class of changed requests is listed.');
  else {
    out.push('The comparison is not exact; a class may be missing:');
    for (const l of diff.limitations) out.push(`  - ${l.message}`);
  }
  const { added, removed, denyChanged } = diff.summary;
  out.push(`${added} added, ${removed} removed, ${denyChanged} deny kind changed`);
  return out.join('\n');
}

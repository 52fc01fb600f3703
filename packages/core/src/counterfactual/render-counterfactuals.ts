import type { Counterfactuals } from './types.js';

/** Plain text for terminals, to print under an explanation: request changes, then policy changes. */
export function renderCounterfactuals(c: Counterfactuals): string {
  const out: string[] = [];
  if (c.problem !== undefined) return `No verified change: ${c.problem}`;
  const goal = c.target === 'allow' ? 'allow it' : 'deny it';
  if (c.request.length > 0) {
    out.push(`Changes to the request that would ${goal} (each one evaluated):`);
    for (const r of c.request) out.push(`  - ${r.text}`);
  }
  if (c.policy.length > 0) {
    if (out.length > 0) out.push('');
    out.push(`Changes to the policy that would ${goal} (each one evaluated):`);
    for (const p of c.policy) out.push(`  - ${p.text}`);
  }
  if (out.length === 0) out.push('No single change to the request or the policy flips the verdict.');
  return out.join('\n');
}

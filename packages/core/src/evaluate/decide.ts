import type { Decision, StatementRef, StatementTrace } from './trace.js';

/**
 * Any matching Deny wins; else any matching Allow allows; else the default deny.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
export function decide(statements: readonly StatementTrace[]): {
  decision: Decision;
  decisive: StatementRef[];
} {
  const denies: StatementRef[] = [];
  const allows: StatementRef[] = [];
  for (const s of statements) {
    if (!s.matched) continue;
    if (s.effect === 'Deny') denies.push(s.ref);
    else if (s.effect === 'Allow') allows.push(s.ref);
  }
  if (denies.length > 0) return { decision: 'explicit-deny', decisive: denies };
  if (allows.length > 0) return { decision: 'allow', decisive: allows };
  return { decision: 'implicit-deny', decisive: [] };
}

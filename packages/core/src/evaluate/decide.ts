import type { Decision, StatementRef, StatementTrace } from './trace.js';

/**
 * Any matching Deny wins; else any matching Allow allows; else the default deny.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
export function decide(statements: readonly StatementTrace[]): {
  decision: Decision;
  decisive: StatementRef[];
} {
  let denies: StatementRef[] | undefined;
  let allows: StatementRef[] | undefined;
  for (const s of statements) {
    if (!s.matched) continue;
    if (s.effect === 'Deny') {
      denies ??= [];
      denies.push(s.ref);
    } else if (s.effect === 'Allow') {
      allows ??= [];
      allows.push(s.ref);
    }
  }
  return verdictOf(denies, allows);
}

/** The decision from the matching Deny and Allow statements (undefined or empty: none). */
export function verdictOf(
  denies: StatementRef[] | undefined,
  allows: StatementRef[] | undefined,
): { decision: Decision; decisive: StatementRef[] } {
  if (denies !== undefined && denies.length > 0) return { decision: 'explicit-deny', decisive: denies };
  if (allows !== undefined && allows.length > 0) return { decision: 'allow', decisive: allows };
  return { decision: 'implicit-deny', decisive: [] };
}

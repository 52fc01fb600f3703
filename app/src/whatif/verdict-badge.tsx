import type { Decision } from '@trustwright/core';
import { VERDICT_LABELS } from '../analysis/analyze';

export function VerdictBadge({ decision }: { readonly decision: Decision }) {
  return <span className={`verdict verdict-${decision}`}>{VERDICT_LABELS[decision]}</span>;
}

/** "Meets expectation" / "Expected Allow": says which way a failing scenario is wrong. */
export function ExpectationBadge({
  expect,
  pass,
}: {
  readonly expect: Decision | undefined;
  readonly pass: boolean | undefined;
}) {
  if (expect === undefined || pass === undefined)
    return <span className="expectation none">No expectation</span>;
  return pass ? (
    <span className="expectation pass">✓ Meets expectation</span>
  ) : (
    <span className="expectation fail">✗ Expected {VERDICT_LABELS[expect]}</span>
  );
}

/** Where a scenario's verdict stands when there is none to show. */
export type NoVerdict = 'checking' | 'paused';

/**
 * A scenario's verdict as one phrase for a screen reader, e.g. "Scenario 3: implicit deny,
 * expected allow", "ec2: allow, as expected", "lambda: explicit deny, no expectation": the
 * badges' ✓/✗ and colours say nothing aloud, and their words run together without this.
 */
export function verdictPhrase(
  name: string,
  outcome:
    | {
        readonly decision: Decision;
        readonly expect: Decision | undefined;
        readonly pass: boolean | undefined;
      }
    | NoVerdict,
  requestErrors = 0,
): string {
  const request =
    requestErrors === 0
      ? ''
      : `; the request has ${requestErrors === 1 ? 'an error' : `${requestErrors} errors`}`;
  if (outcome === 'checking') return `${name}: being checked${request}`;
  if (outcome === 'paused') return `${name}: not evaluated, the policy is too large${request}`;
  const verdict = words(outcome.decision);
  const expectation =
    outcome.expect === undefined || outcome.pass === undefined
      ? 'no expectation'
      : outcome.pass
        ? 'as expected'
        : `expected ${words(outcome.expect)}`;
  return `${name}: ${verdict}, ${expectation}${request}`;
}

const words = (decision: Decision) => VERDICT_LABELS[decision].toLowerCase();

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

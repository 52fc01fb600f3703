import type { ConditionClauseTrace } from '../evaluate/trace.js';
import type { ResolvedRequest } from '../request/resolve-request.js';
import { policyValues, requestValues } from './describe.js';

/** One sentence per clause, naming the request's value and the policy's values it was compared with. */
export function conditionLine(c: ConditionClauseTrace, request: ResolvedRequest): string {
  const head = `${c.operator} ${c.key}:`;
  const entry = request.byKey.get(c.key.toLowerCase());
  const source =
    entry === undefined || entry.source === 'given' ? '' : ` (${entry.source}: ${entry.basis ?? ''})`;
  const got = c.requestValues === undefined ? '' : `${requestValues(c.requestValues)}${source}`;
  const policy = policyValues(c.values);
  const matched = policyValues(c.values, (v) => v.matched);
  switch (c.reason) {
    case 'value-matched':
      return `${head} ${got} matches ${matched}.`;
    case 'no-value-matched':
      return `${head} ${got} does not match ${policy}.`;
    case 'negated-none-matched':
      return `${head} ${got} matches none of ${policy}, so the negated condition holds.`;
    case 'negated-value-matched':
      return `${head} ${got} matches ${matched}, so the negated condition fails.`;
    case 'key-missing':
      return `${head} the request has no ${c.key}; a condition on a missing key is false.`;
    case 'key-missing-negated':
      return `${head} the request has no ${c.key}; a negated operator is true when the key is missing.`;
    case 'key-missing-if-exists':
      return `${head} the request has no ${c.key}; IfExists makes the condition true when the key is missing.`;
    case 'for-any-value-missing':
      return `${head} the request has no ${c.key}; ForAnyValue is false without values.`;
    case 'for-all-values-missing':
      return `${head} the request has no ${c.key}; ForAllValues is true when there is no value to check.`;
    case 'for-any-value-matched':
      return `${head} at least one of ${got} satisfies ${c.base ?? ''} ${policy}.`;
    case 'for-any-value-none-matched':
      return `${head} none of ${got} satisfies ${c.base ?? ''} ${policy}.`;
    case 'for-all-values-matched':
      return `${head} every value of ${got} satisfies ${c.base ?? ''} ${policy}.`;
    case 'for-all-values-some-failed':
      return `${head} not every value of ${got} satisfies ${c.base ?? ''} ${policy}.`;
    case 'multi-valued-plain-operator':
      return `${head} ${got} has several values; AWS does not document a plain operator on several values, so Trustwright takes the conservative reading: ${c.outcome === 'match' ? 'true' : 'false'}. Use ForAnyValue or ForAllValues.`;
    case 'null-key-absent':
      return `${head} the request has no ${c.key}, and the policy wants it ${wants(c)}.`;
    case 'null-key-present':
      return `${head} the request has ${c.key} = ${got}, and the policy wants it ${wants(c)}.`;
    case 'null-with-set-operator':
      return `${head} Null with ${c.qualifier ?? 'a set operator'} is always ${c.outcome === 'match' ? 'true' : 'false'}.`;
    case 'request-type-mismatch':
      return c.negated
        ? `${head} ${got} cannot be read by ${c.base ?? c.operator}, so it matches none of the values and the negated condition holds.`
        : `${head} ${got} cannot be read by ${c.base ?? c.operator}, so the condition is false.`;
    case 'unknown-operator':
      return `${head} ${JSON.stringify(c.operator)} is not a condition operator, so the condition is false (AWS would reject the policy).`;
  }
}

function wants(c: ConditionClauseTrace): string {
  const texts = new Set(c.values.map((v) => v.written.toLowerCase()));
  if (texts.has('true') && texts.has('false')) return 'either present or absent';
  return texts.has('true') ? 'absent (Null "true")' : 'present (Null "false")';
}

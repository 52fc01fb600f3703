import type { ContextScalar } from '../conditions/typed-values.js';
import type { ConditionClauseTrace, PolicyValueTrace } from '../evaluate/trace.js';

/** `"a"`, or `one of "a", "b"`; shows resolved variables: `"${aws:username}" (= "alice")`. */
export function policyValues(
  values: readonly PolicyValueTrace[],
  only?: (v: PolicyValueTrace) => boolean,
): string {
  const shown = only === undefined ? values : values.filter(only);
  const texts = shown.map(policyValue);
  if (texts.length === 0) return 'no values';
  if (texts.length === 1) return texts[0] ?? '';
  return `one of ${list(texts)}`;
}

function policyValue(v: PolicyValueTrace): string {
  const written = JSON.stringify(v.written);
  if (v.resolved === undefined) return `${written} (its variable has no value)`;
  if (v.invalid) return `${written} (unusable for this operator)`;
  return v.resolved === v.written ? written : `${written} (= ${JSON.stringify(v.resolved)})`;
}

export function requestValues(values: readonly ContextScalar[]): string {
  if (values.length === 1) return JSON.stringify(values[0]);
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}

/** "a, b and c"; long lists are cut after five. */
export function list(items: readonly string[]): string {
  const shown = items.length > 5 ? [...items.slice(0, 5), `${items.length - 5} more`] : items;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const ORDER_WORDS: Record<string, [string, string]> = {
  LessThan: ['below', 'before'],
  LessThanEquals: ['at most', 'at or before'],
  GreaterThan: ['above', 'after'],
  GreaterThanEquals: ['at least', 'at or after'],
};

/** What the request would need for a failing clause to hold, as a phrase after "if". */
export function clauseFix(c: ConditionClauseTrace): string {
  const key = c.key;
  const values = c.values;
  if (c.reason === 'unknown-operator') return `${c.operator} were a valid operator`;
  if (c.reason === 'request-type-mismatch')
    return `${key} had a value of the right type for ${c.base ?? c.operator}`;
  if (c.reason === 'multi-valued-plain-operator')
    return `${key} had a single value, or the policy used ForAnyValue:${c.base ?? ''}`;
  if (c.base === 'Null')
    return values.some((v) => v.written.toLowerCase() === 'true')
      ? `the request had no ${key}`
      : `the request carried ${key}`;
  if (c.negated) {
    if (c.requestValues === undefined) return `the request lacked ${key}`;
    return `${key} were none of ${list(values.filter((v) => v.matched).map((v) => JSON.stringify(v.resolved ?? v.written)))}`;
  }
  const base = c.base ?? '';
  let phrase: string;
  const ordered = /^(Numeric|Date)(LessThan|LessThanEquals|GreaterThan|GreaterThanEquals)$/.exec(base);
  if (ordered?.[1] !== undefined && ordered[2] !== undefined) {
    const words = ORDER_WORDS[ordered[2]] ?? ['', ''];
    phrase = `${key} were ${ordered[1] === 'Date' ? words[1] : words[0]} ${policyValues(values)}`;
  } else if (base === 'IpAddress') {
    phrase = `${key} were in ${policyValues(values)}`;
  } else if (base.endsWith('Like') || base.startsWith('Arn')) {
    phrase = `${key} matched ${policyValues(values)}`;
  } else {
    phrase = `${key} were ${policyValues(values)}`;
  }
  if (c.qualifier === 'ForAnyValue')
    return `at least one value of ${key} satisfied ${base} ${policyValues(values)}`;
  if (c.qualifier === 'ForAllValues')
    return `every value of ${key} satisfied ${base} ${policyValues(values)}`;
  return phrase;
}

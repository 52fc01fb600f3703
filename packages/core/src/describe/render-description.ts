import type { PolicyDescription } from './describe-policy.js';

/**
 * The description as plain text, one numbered line per statement, for `trustwright explain FILE`
 * and for copying into a review.
 */
export function renderDescription(description: PolicyDescription): string {
  if (description.problem !== undefined) return `${description.problem}\n`;
  return description.statements
    .map((s) => `${s.index + 1}. ${s.sid === undefined || s.sid === '' ? '' : `[${s.sid}] `}${s.sentence}\n`)
    .join('');
}

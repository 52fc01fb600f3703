import { describe, expect, it } from 'vitest';
import { verdictPhrase } from './verdict-badge';

describe('verdictPhrase', () => {
  it.each([
    [
      { decision: 'implicit-deny', expect: 'allow', pass: false },
      0,
      'Scenario 3: implicit deny, expected allow',
    ],
    [{ decision: 'allow', expect: 'allow', pass: true }, 0, 'Scenario 3: allow, as expected'],
    [
      { decision: 'explicit-deny', expect: undefined, pass: undefined },
      0,
      'Scenario 3: explicit deny, no expectation',
    ],
    [
      { decision: 'implicit-deny', expect: 'explicit-deny', pass: false },
      2,
      'Scenario 3: implicit deny, expected explicit deny; the request has 2 errors',
    ],
    ['checking', 0, 'Scenario 3: being checked'],
    ['paused', 1, 'Scenario 3: not evaluated, the policy is too large; the request has an error'],
  ] as const)('%j with %i request errors reads "%s"', (outcome, errors, phrase) => {
    expect(verdictPhrase('Scenario 3', outcome, errors)).toBe(phrase);
  });
});

import { describe, expect, it } from 'vitest';
import { awsRequest, CASE_GROUPS, NOW, policy, statement, USER } from './reference-cases.js';
import { referenceEvaluate } from './reference-evaluator.js';

describe('referenceEvaluate', () => {
  for (const [group, cases] of CASE_GROUPS) {
    describe(group, () => {
      for (const testCase of cases) {
        it(testCase.name, () => {
          const verdict = referenceEvaluate({ policy: testCase.policy }, testCase.request, NOW);
          expect(verdict).toBe(testCase.verdict);
        });
      }
    });
  }

  it('never throws on odd inputs', () => {
    const odd: unknown[] = [undefined, null, 0, 'x', [], {}, { principal: null }, { principal: { AWS: 5 } }];
    for (const value of odd) {
      expect(() => referenceEvaluate({ policy: value }, value, Number.NaN)).not.toThrow();
      expect(referenceEvaluate({ policy: policy(statement()) }, value, NOW)).toBe('implicit-deny');
    }
  });

  it('a time it cannot represent leaves aws:CurrentTime missing', () => {
    const missingTime = policy(statement({ Condition: { Null: { 'aws:CurrentTime': 'true' } } }));
    expect(referenceEvaluate({ policy: missingTime }, awsRequest(USER), Number.NaN)).toBe('allow');
    expect(referenceEvaluate({ policy: missingTime }, awsRequest(USER), NOW)).toBe('implicit-deny');
  });
});

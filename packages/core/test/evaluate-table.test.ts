import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { CASE_GROUPS, NOW } from './reference/reference-cases.js';

/** Requests the evaluator reports as invalid (at the field; the CLI refuses such a file). */
const INVALID_REQUESTS = new Set([
  'a context value that is an object',
  'an AWS caller of no known form matches "*" only',
  'an AWS caller of no known form does not match its own account',
  'a request with a key outside the schema is an implicit deny',
  'context keys differing only in case: the last one wins',
  'an unparseable request address is false',
  'a request without principal',
  'a request principal with two keys',
  'IPv4 parts with leading zeros are unparseable',
]);

/**
 * Of those, the ones where the oracle's verdict is its own pick for input outside the schema:
 * only these may differ.
 */
const VERDICT_MAY_DIFFER = new Set([
  'a context value that is an object',
  'a request with a key outside the schema is an implicit deny',
  'an AWS caller of no known form matches "*" only',
  'context keys differing only in case: the last one wins',
]);

/** The oracle's table, run through the fast evaluator: two independent implementations, one set of expectations. */
describe('evaluate on the reference table', () => {
  for (const [group, cases] of CASE_GROUPS) {
    describe(group, () => {
      for (const c of cases) {
        it(c.name, () => {
          const evaluation = evaluate({ policy: c.policy }, c.request, { now: NOW });
          const requestErrors = evaluation.request.findings.filter((f) => f.severity === 'error');
          if (INVALID_REQUESTS.has(c.name))
            expect(requestErrors.length, 'an invalid request is reported').toBeGreaterThan(0);
          else expect(requestErrors).toEqual([]);
          if (!VERDICT_MAY_DIFFER.has(c.name)) expect(evaluation.decision).toBe(c.verdict);
        });
      }
    });
  }
});

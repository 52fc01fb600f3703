import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAccess, explainAccess } from '../src/index.js';
import { policy, request, role } from './arbitraries.js';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const runs = { numRuns: Math.max(50, Math.floor(Number(process.env.TW_PROPERTY_RUNS ?? 400) / 4)) };
const timeout = 600_000;
const DENY_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] };
const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

describe('caller-side properties', () => {
  it(
    'never throws, whatever the caller policies hold',
    () => {
      fc.assert(
        fc.property(
          policy,
          request,
          fc.array(fc.jsonValue(), { maxLength: 2 }),
          fc.jsonValue(),
          (p, r, identity, boundary) => {
            expect(() =>
              explainAccess(
                evaluateAccess({ policy: p, caller: { identity, scp: identity, boundary } }, r, { now: NOW }),
              ),
            ).not.toThrow();
          },
        ),
        runs,
      );
    },
    timeout,
  );

  it(
    'the caller side only ever takes access away: with any caller policies, an allow needs the trust policy to allow',
    () => {
      fc.assert(
        fc.property(policy, request, role, fc.constantFrom(DENY_ALL, ALLOW_ALL), (p, r, roleArn, extra) => {
          const a = evaluateAccess(
            { policy: p, role: roleArn, caller: { identity: [extra], scp: [extra], boundary: extra } },
            r,
            { now: NOW },
          );
          if (a.decision === 'allow') expect(a.trust.decision).toBe('allow');
          // A Deny of everything on the caller's side denies every IAM user or role session.
          const caller = a.trust.request.caller;
          if (
            extra === DENY_ALL &&
            caller?.type === 'AWS' &&
            caller.kind !== 'root' &&
            caller.kind !== 'federated-user'
          )
            expect(a.decision).toBe('explicit-deny');
          // Allowing everything on the caller's side leaves the trust policy's verdict.
          if (extra === ALLOW_ALL) expect(a.decision).toBe(a.trust.decision);
        }),
        runs,
      );
    },
    timeout,
  );
});

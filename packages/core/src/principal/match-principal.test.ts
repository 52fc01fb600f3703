import { describe, expect, it } from 'vitest';
import { type Caller, parseCaller } from './caller.js';
import { isAccountLevel, matchPrincipal } from './match-principal.js';
import { classifyPrincipal } from './policy-principal.js';
import cases from './principals.cases.json' with { type: 'json' };

interface ClassifyRow {
  name: string;
  key: string;
  value: string;
  kind: string;
  problem?: string;
  fields?: Record<string, string>;
}

interface ParseCallerRow {
  name: string;
  principal: unknown;
  caller?: Record<string, string>;
  error?: string;
  errorKey?: string;
}

interface MatchRow {
  name: string;
  key: string;
  value: string;
  caller: Record<string, string>;
  rolePartition?: string;
  userId?: string;
  matched: boolean;
  reason: string;
}

interface PrincipalTable {
  classify: readonly ClassifyRow[];
  parseCaller: readonly ParseCallerRow[];
  match: readonly MatchRow[];
}

const table: PrincipalTable = cases;

function callerOf(principal: unknown): Caller {
  const result = parseCaller(principal);
  if (!('caller' in result)) throw new Error(`test caller does not parse: ${result.error}`);
  return result.caller;
}

describe('classifyPrincipal', () => {
  it.each(table.classify)('$name', ({ key, value, kind, problem, fields }) => {
    const path = ['Statement', 0, 'Principal', key];
    const entry = classifyPrincipal(key, value, path);
    expect(entry).toMatchObject({ key, value, kind, path, ...fields });
    if (problem === undefined) expect(entry.problem).toBeUndefined();
    else expect(entry.problem).toContain(problem);
  });

  // RoleSessionName is 2-64 characters (reference §6.2; STS AssumeRole API), on both sides.
  it('a session ARN with a one-character session name is invalid', () => {
    const entry = classifyPrincipal('AWS', 'arn:aws:sts::111122223333:assumed-role/deployer/x', []);
    expect(entry.kind).toBe('invalid');
  });
});

describe('parseCaller', () => {
  it.each(table.parseCaller)('$name', ({ principal, caller, error, errorKey }) => {
    const result = parseCaller(principal);
    if (error === undefined) {
      expect(result).toEqual({ caller });
      return;
    }
    expect(result).not.toHaveProperty('caller');
    expect(result).toHaveProperty('error', expect.stringContaining(error));
    if (errorKey === undefined) expect(result).not.toHaveProperty('key');
    else expect(result).toHaveProperty('key', errorKey);
  });
});

describe('matchPrincipal', () => {
  it.each(table.match)('$name', ({ key, value, caller, rolePartition, userId, matched, reason }) => {
    const entry = classifyPrincipal(key, value, []);
    const result = matchPrincipal(entry, callerOf(caller), { rolePartition, userId });
    expect(result).toEqual({ matched, reason });
  });

  // No cross-partition trust (reference §2.2): a known role partition bounds every AWS principal.
  it('{"AWS":"*"} does not match a caller outside the role\'s known partition', () => {
    const entry = classifyPrincipal('AWS', '*', []);
    const caller = callerOf({ AWS: 'arn:aws-cn:iam::111122223333:user/alice' });
    expect(matchPrincipal(entry, caller, { rolePartition: 'aws', userId: undefined }).matched).toBe(false);
  });

  it("a principal ARN of the caller's partition does not match when the role is in another", () => {
    const entry = classifyPrincipal('AWS', 'arn:aws:iam::111122223333:root', []);
    const caller = callerOf({ AWS: 'arn:aws:iam::111122223333:user/alice' });
    expect(matchPrincipal(entry, caller, { rolePartition: 'aws-cn', userId: undefined }).matched).toBe(false);
  });

  it('only account-level matches need an identity-policy allow too', () => {
    expect(isAccountLevel('account')).toBe(true);
    for (const reason of ['any-aws-principal', 'user', 'role-session', 'session', 'service'] as const)
      expect(isAccountLevel(reason)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  callerPoliciesOf,
  formatTrustFile,
  LineIndex,
  parseTrustFile,
  policyTextOf,
  runScenarios,
} from '../src/index.js';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const ALLOW_ASSUME = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/Target' },
  ],
};
const FILE = {
  role: 'arn:aws:iam::111122223333:role/Target',
  policy: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole' },
    ],
  },
  scenarios: [
    {
      name: 'partner with the identity allow',
      request: { principal: { AWS: 'arn:aws:iam::444455556666:user/dev' } },
      expect: 'allow',
    },
    {
      name: 'partner without it',
      request: { principal: { AWS: 'arn:aws:iam::444455556666:user/ops' } },
      expect: 'allow',
    },
    {
      name: 'no caller policies',
      request: { principal: { AWS: 'arn:aws:iam::444455556666:user/x' } },
      expect: 'allow',
    },
  ],
  callerPolicies: {
    'partner with the identity allow': { identity: ALLOW_ASSUME, expect: 'allow' },
    'partner without it': {
      identity: [],
      scp: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }],
      expect: 'implicit-deny',
    },
  },
};

describe('caller policies in a trust file (top-level callerPolicies)', () => {
  it('are read per scenario and used by runScenarios, which keeps the trust-only verdict beside them', () => {
    const { file, findings } = parseTrustFile(JSON.stringify(FILE, null, 2));
    expect(findings).toEqual([]);
    expect(file?.callerPolicies.size).toBe(2);
    const results = runScenarios(file as NonNullable<typeof file>, { now: NOW });
    const [withAllow, without, none] = results;
    expect(withAllow?.decision).toBe('allow');
    expect(withAllow?.access?.decision).toBe('allow');
    expect(withAllow?.accessPass).toBe(true);
    expect(without?.decision).toBe('allow');
    expect(without?.pass).toBe(true);
    expect(without?.access?.decision).toBe('implicit-deny');
    expect(without?.access?.decidedBy).toBe('identity-policy');
    expect(without?.accessPass).toBe(true);
    expect(none?.access).toBeUndefined();
  });

  it('survive formatTrustFile: the file written back reads the same', () => {
    const { file } = parseTrustFile(JSON.stringify(FILE, null, 2));
    if (file === undefined) throw new Error('unreadable');
    const written = formatTrustFile({
      policyText: policyTextOf(file),
      role: file.role,
      scenarios: FILE.scenarios,
      callerPolicies: callerPoliciesOf(file),
    });
    expect(written.ok).toBe(true);
    const again = parseTrustFile(written.ok ? written.text : '');
    expect(callerPoliciesOf(again.file as NonNullable<typeof again.file>)).toEqual(FILE.callerPolicies);
  });

  it('a caller policy Trustwright does not evaluate is an error at its place in the file', () => {
    const bad = {
      ...FILE,
      callerPolicies: {
        'partner without it': {
          identity: [
            {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Resource: '*' }],
            },
          ],
        },
      },
    };
    const text = JSON.stringify(bad, null, 2);
    const { findings } = parseTrustFile(text);
    const refusal = findings.find((f) => f.code === 'caller-policy-principal');
    expect(refusal?.severity).toBe('error');
    expect(refusal?.path).toEqual([
      'callerPolicies',
      'partner without it',
      'identity',
      0,
      'Statement',
      0,
      'Principal',
    ]);
    const at = new LineIndex(text).positionAt(refusal?.span?.start ?? 0);
    expect(text.split('\n')[at.line - 1]).toContain('"Principal"');
  });

  it('report unknown scenario names, unknown fields and bad values', () => {
    const { findings } = parseTrustFile(
      JSON.stringify({
        ...FILE,
        callerPolicies: {
          ghost: { identity: [] },
          'partner without it': { idenity: [], expect: 'maybe', boundary: [] },
        },
      }),
    );
    const codes = findings.map((f) => `${f.code}:${f.severity}:${f.path.join('/')}`);
    expect(codes).toContain('caller-policies-unknown-scenario:warning:callerPolicies/ghost');
    expect(codes).toContain('caller-policies-invalid:error:callerPolicies/partner without it/idenity');
    expect(codes).toContain('caller-policies-invalid:error:callerPolicies/partner without it/expect');
    expect(codes).toContain('caller-policies-invalid:error:callerPolicies/partner without it/boundary');
    expect(parseTrustFile(JSON.stringify({ ...FILE, callerPolicies: [] })).findings[0]?.code).toBe(
      'caller-policies-invalid',
    );
  });
});

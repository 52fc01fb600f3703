import { describe, expect, it } from 'vitest';
import { analyzePolicy, evaluateScenarios, LIVE_LIMIT } from './analyze';

const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

describe('analyzePolicy', () => {
  it('gives findings and verdicts that follow the text', () => {
    const analysis = analyzePolicy(policy, '', 0);
    if (analysis.paused) throw new Error('paused');
    const outcomes = evaluateScenarios(
      analysis.compiled,
      [
        { id: 'a', name: 'ec2', request: { principal: { Service: 'ec2.amazonaws.com' } }, expect: 'allow' },
        {
          id: 'b',
          name: 'lambda',
          request: { principal: { Service: 'lambda.amazonaws.com' } },
          expect: 'allow',
        },
        { id: 'c', name: 'bad', request: { principal: { AWS: 'arn:aws:iam::1:user/x' } } },
      ],
      0,
    );
    expect(outcomes.get('a')).toMatchObject({ decision: 'allow', pass: true });
    expect(outcomes.get('b')).toMatchObject({ decision: 'implicit-deny', pass: false });
    expect(outcomes.get('c')?.pass).toBeUndefined();
    expect(outcomes.get('c')?.requestFindings.length).toBeGreaterThan(0);
  });

  it('reports invalid JSON as a finding at its place and keeps going', () => {
    const analysis = analyzePolicy('{"Version": ', '', 0);
    expect(!analysis.paused && analysis.findings.map((f) => f.code)).toEqual(['json-syntax']);
  });

  it('pauses instead of evaluating a huge paste', () => {
    expect(analyzePolicy('x'.repeat(LIVE_LIMIT + 1), '', 0)).toEqual({
      paused: true,
      reason: 'too-large',
      size: LIVE_LIMIT + 1,
    });
  });
});

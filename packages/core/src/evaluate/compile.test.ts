import { describe, expect, it } from 'vitest';
import { compile, evaluate } from './compile.js';

const broken = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' },
  ],
};

describe('compile: findings are checked on first read, never lost', () => {
  it('reports the policy’s errors on the compiled policy and on every evaluation', () => {
    const compiled = compile({ policy: broken });
    const evaluation = compiled.evaluate({ principal: { Service: 'ec2.amazonaws.com' } }, { now: 0 });
    expect(evaluation.findings.map((f) => f.code)).toEqual(['resource-in-trust-policy']);
    expect(compiled.findings.map((f) => f.code)).toEqual(['resource-in-trust-policy']);
    // The same list each time: computed once.
    expect(compiled.findings).toBe(compiled.findings);
  });

  it('puts the request’s problems after the policy’s', () => {
    const evaluation = evaluate(
      { policy: broken },
      { principal: { AWS: 'arn:aws:iam::12:user/x' } },
      { now: 0 },
    );
    expect(evaluation.findings.map((f) => f.category)).toEqual(['validity', 'request']);
  });

  it('keeps the findings in JSON output', () => {
    const evaluation = evaluate(
      { policy: broken },
      { principal: { Service: 'ec2.amazonaws.com' } },
      { now: 0 },
    );
    const json = JSON.parse(JSON.stringify(evaluation));
    expect(Object.keys(json).sort()).toEqual([
      'decision',
      'decisive',
      'findings',
      'request',
      'requirements',
      'statements',
    ]);
    expect(json.findings[0].code).toBe('resource-in-trust-policy');
  });
});

import { compile } from '@trustwright/core';

const sample = compile({
  policy: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  },
});

// Placeholder until the app issue: proves the core runs in the browser bundle.
export function App() {
  const verdict = sample.evaluate({ principal: { Service: 'ec2.amazonaws.com' } }, { now: 0 }).decision;
  return (
    <main>
      <h1>Trustwright</h1>
      <p>The editor is coming. Engine check: EC2 may assume the sample role: {verdict}.</p>
    </main>
  );
}

import { DECISIONS } from '@trustwright/core';
import { describe, expect, it } from 'vitest';
import { runTable } from '../../test/cli-table.js';
import { runCli, stdoutJson } from '../../test/run-cli.js';

describe('trustwright eval', () => runTable('eval-command.json'));

const POLICY = 'trust/all-verdicts.trust.json';

/** The parts of `eval --json` the contract and the explanation promise. */
interface EvalJson {
  readonly decision: string;
  readonly explanation: readonly { readonly kind: string; readonly text: string }[];
  readonly requirements: readonly { readonly kind: string; readonly reason?: string }[];
}

function evalJson(request: string, ...extra: string[]): EvalJson {
  const run = runCli(['eval', '--policy', POLICY, '--request', request, '--json', ...extra]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout.endsWith('}\n')).toBe(true);
  return stdoutJson(run) as EvalJson;
}

describe('trustwright eval --json', () => {
  it.each([
    ['eval/request-partner.json', 'allow'],
    ['eval/request-intern.json', 'explicit-deny'],
    ['eval/request-stranger.json', 'implicit-deny'],
  ])('%s gives %s with its explanation', (request, decision) => {
    const json = evalJson(request);
    expect(DECISIONS).toContain(json.decision);
    expect(json.decision).toBe(decision);
    expect(json.explanation.length).toBeGreaterThan(0);
    expect(json.explanation[0]?.kind).toBe('verdict');
    expect(json.explanation.every((line) => typeof line.text === 'string' && line.text !== '')).toBe(true);
  });

  it('says that a cross-account caller also needs its identity policy', () => {
    const reasons = evalJson('eval/request-partner.json').requirements.map((r) => r.reason);
    expect(reasons).toContain('cross-account');
  });

  it('--role replaces the trust file role, here making the caller same-account', () => {
    const sameAccount = evalJson(
      'eval/request-partner.json',
      '--role',
      'arn:aws:iam::111122223333:role/Deploy',
    );
    expect(sameAccount.decision).toBe('allow');
    expect(sameAccount.requirements.map((r) => r.reason)).not.toContain('cross-account');
  });
});

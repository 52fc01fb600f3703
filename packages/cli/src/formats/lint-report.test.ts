import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../test/golden.js';
import { runCli } from '../../test/run-cli.js';

describe('lint --format text', () => {
  it('is the default: file:line:column, severity, code, message and help (golden)', () => {
    const run = runCli(['lint', 'lint/mixed.trust.json', 'lint/error-policy.json']);
    expect(run.code).toBe(1);
    expect(runCli(['lint', 'lint/mixed.trust.json', 'lint/error-policy.json', '--format', 'text'])).toEqual(
      run,
    );
    expectGolden('lint.text.txt', run.stdout);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { FIXTURES } from '../test/run-cli.js';

const CLI = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(CLI, 'bin', 'trustwright.js');
/** What the launcher loads: the CLI's build and, through it, core's. */
const BUILT = [join(CLI, 'dist', 'node-io.js'), join(CLI, '..', 'core', 'dist', 'index.js')];

it('the built bin runs the contract example with node: exit 0 and the contract JSON', () => {
  const missing = BUILT.filter((path) => !existsSync(path));
  if (missing.length > 0)
    throw new Error(
      `The CLI is not built (missing ${missing.join(', ')}). Run ` +
        '`pnpm --filter @trustwright/core build && pnpm --filter @trustwright/cli build` first.',
    );
  const result = spawnSync(process.execPath, [BIN, 'test', 'contract-example.trust.json', '--json'], {
    cwd: FIXTURES,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({
    results: [
      {
        file: 'contract-example.trust.json',
        scenario: 'auditor with the external id',
        expect: 'allow',
        decision: 'allow',
        pass: true,
      },
    ],
    passed: 1,
    failed: 0,
  });
});

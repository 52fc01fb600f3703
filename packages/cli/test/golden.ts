import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { FIXTURES } from './run-cli.js';

/**
 * Compares output with test/fixtures/golden/NAME. Run with UPDATE_GOLDEN=1 to rewrite the file
 * after a deliberate change, then review the diff like any other code change.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(FIXTURES, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

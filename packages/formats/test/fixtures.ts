import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { InputFile } from '../src/index.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const SOURCES = join(FIXTURES, 'sources');

/** A fixture source as the importers get it: the path under sources/ as its name. */
export function source(path: string): InputFile {
  return { name: path, text: readFileSync(join(SOURCES, path), 'utf8') };
}

/** Compares with fixtures/expected/NAME; UPDATE_GOLDEN=1 rewrites it (review the diff). */
export function expectJsonGolden(name: string, actual: unknown): void {
  const path = join(FIXTURES, 'expected', name);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

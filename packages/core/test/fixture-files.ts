import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURE_ROOT = join(import.meta.dirname, 'fixtures', 'evaluate');

/** Every `*.trust.json` below `dir`, sorted, with its text. */
export function readTrustFiles(dir: string): { name: string; path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.trust.json'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return { name: relative(dir, path), path, text: readFileSync(path, 'utf8') };
    });
}

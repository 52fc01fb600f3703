import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { USAGE } from '../src/cli.js';
import { FIXTURES, runCli } from './run-cli.js';

/** One row of a table under test/fixtures/table: a command line and what it must produce. */
export interface CliCase {
  readonly name: string;
  readonly argv: readonly string[];
  readonly exit: 0 | 1 | 2;
  /** Files that exist only for this case (content that no formatter may touch, such as broken JSON). */
  readonly files?: Readonly<Record<string, string>>;
  readonly stdin?: string;
  /** Where relative FILE arguments are read from, relative to test/fixtures (default: test/fixtures). */
  readonly cwd?: string;
  /** Standard output is one JSON document equal to this. */
  readonly stdoutJson?: unknown;
  /** Standard output is one JSON document containing at least this (toMatchObject). */
  readonly stdoutJsonMatch?: unknown;
  /** Standard output is exactly this. */
  readonly stdout?: string;
  readonly stdoutIncludes?: readonly string[];
  /** Standard error is exactly this. */
  readonly stderr?: string;
  readonly stderrIncludes?: readonly string[];
  /** Standard error ends with the usage text. */
  readonly usage?: boolean;
}

export function loadTable(name: string): CliCase[] {
  const rows: unknown = JSON.parse(readFileSync(join(FIXTURES, 'table', name), 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${name}: a table is a JSON array of cases`);
  return rows.map((row, i) => {
    if (!isCase(row)) throw new Error(`${name}: row ${i + 1} needs name, argv and exit`);
    return row;
  });
}

function isCase(row: unknown): row is CliCase {
  if (typeof row !== 'object' || row === null) return false;
  const { name, argv, exit } = row as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    Array.isArray(argv) &&
    argv.every((a) => typeof a === 'string') &&
    (exit === 0 || exit === 1 || exit === 2)
  );
}

/** Declares one test per row. */
export function runTable(name: string): void {
  for (const row of loadTable(name)) {
    it(row.name, () => {
      const run = runCli(row.argv, {
        ...(row.files === undefined ? {} : { files: row.files }),
        ...(row.stdin === undefined ? {} : { stdin: row.stdin }),
        ...(row.cwd === undefined ? {} : { root: join(FIXTURES, row.cwd) }),
      });
      if (row.stdoutJson !== undefined) expect(JSON.parse(run.stdout)).toEqual(row.stdoutJson);
      if (row.stdoutJsonMatch !== undefined)
        expect(JSON.parse(run.stdout)).toMatchObject(row.stdoutJsonMatch as object);
      if (row.stdout !== undefined) expect(run.stdout).toBe(row.stdout);
      for (const part of row.stdoutIncludes ?? []) expect(run.stdout).toContain(part);
      if (row.stderr !== undefined) expect(run.stderr).toBe(row.stderr);
      for (const part of row.stderrIncludes ?? []) expect(run.stderr).toContain(part);
      if (row.usage === true) expect(run.stderr.endsWith(`\n\n${USAGE}`)).toBe(true);
      expect(run.code, run.stderr).toBe(row.exit);
    });
  }
}

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as formats from '@trustwright/formats';
import { main } from '../src/cli.js';
import type { CliIo, ExitCode } from '../src/io.js';
import { nodeIo } from '../src/node-io.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** 2026-12-05T10:00:00Z: a fixed clock, so no verdict depends on the day the tests run. */
export const FIXED_NOW = Date.UTC(2026, 11, 5, 10);

export interface CliRun {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

export interface FakeIoOptions {
  /** Files that exist only in the test, by the path given on the command line. */
  readonly files?: Readonly<Record<string, string>>;
  /** Other paths are read from this folder through the real reader (same error messages). */
  readonly root?: string;
  readonly stdin?: string;
  readonly now?: number;
}

/** Runs one command line in-process and captures what it printed. */
export function runCli(argv: readonly string[], options: FakeIoOptions = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      const inline = options.files?.[path];
      if (inline !== undefined) return inline;
      if (path === '-') {
        if (options.stdin === undefined) throw new Error('standard input is empty');
        return options.stdin;
      }
      return nodeIo.readFile(join(options.root ?? FIXTURES, path));
    },
    now: () => options.now ?? FIXED_NOW,
    formats,
  };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

/** Standard output parsed as the one JSON document the --json modes print. */
export function stdoutJson(run: CliRun): unknown {
  return JSON.parse(run.stdout);
}

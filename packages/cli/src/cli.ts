import { parseArgs } from 'node:util';
import { DECISIONS, type Decision } from '@trustwright/core';
import { evalCommand } from './commands/eval-command.js';
import { lintCommand } from './commands/lint-command.js';
import { testCommand } from './commands/test-command.js';
import { type CliIo, EXIT, type ExitCode, InputError } from './io.js';

export const USAGE = `Usage: trustwright <command> [options]

Commands:
  test FILE...                          run every scenario that has an "expect"; exit 1 if any fails
  eval --policy FILE --request FILE     one verdict with its explanation
  lint FILE...                          findings; exit 1 if any is an error (AWS would reject the policy)

Options:
  --json            machine-readable output (see the trust-file contract)
  --now TIME        evaluate at TIME (ISO 8601 or epoch seconds) instead of now
  --role ARN        (eval) the role the policy is attached to
  --expect VERDICT  (eval) exit 1 unless the verdict is allow, explicit-deny or implicit-deny
  -h, --help        show this help

FILE is a trust file (*.trust.json) or a bare policy JSON; "-" reads standard input.
Exit codes: 0 success, 1 failed test or error finding, 2 unreadable or invalid input.
`;

/** Runs one command line; never throws. Returns the exit code. */
export function main(argv: readonly string[], io: CliIo): ExitCode {
  try {
    return dispatch(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`trustwright: ${error.message}\n`);
      return EXIT.invalidInput;
    }
    io.stderr(
      `trustwright: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.invalidInput;
  }
}

function dispatch(argv: readonly string[], io: CliIo): ExitCode {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new InputError(
      `${error instanceof Error ? error.message : String(error)}\nRun "trustwright --help" for usage.`,
    );
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help === true || command === undefined || command === 'help') {
    (command === undefined && values.help !== true ? io.stderr : io.stdout)(USAGE);
    return command === undefined && values.help !== true ? EXIT.invalidInput : EXIT.ok;
  }
  const now = values.now === undefined ? io.now() : parseNow(values.now);
  const json = values.json === true;
  switch (command) {
    case 'test':
      requireFiles(command, files);
      return testCommand(io, { files, json, now });
    case 'lint':
      requireFiles(command, files);
      return lintCommand(io, { files, json, now });
    case 'eval': {
      if (values.policy === undefined || values.request === undefined)
        throw new InputError('eval needs --policy FILE and --request FILE');
      if (files.length > 0)
        throw new InputError(`eval takes no positional arguments (got ${files.join(' ')})`);
      return evalCommand(io, {
        policy: values.policy,
        request: values.request,
        role: values.role,
        expect: parseExpect(values.expect),
        json,
        now,
      });
    }
    default:
      throw new InputError(`unknown command "${command}"; use test, eval or lint`);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      now: { type: 'string' },
      policy: { type: 'string' },
      request: { type: 'string' },
      role: { type: 'string' },
      expect: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function requireFiles(command: string, files: readonly string[]): void {
  if (files.length === 0) throw new InputError(`${command} needs at least one FILE`);
}

function parseNow(text: string): number {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const ms = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text)
    ? Date.parse(text)
    : Number.NaN;
  if (Number.isNaN(ms))
    throw new InputError(
      `--now: "${text}" is not an ISO 8601 time with a zone (2026-09-01T12:00:00Z) or epoch seconds`,
    );
  return ms;
}

function parseExpect(text: string | undefined): Decision | undefined {
  if (text === undefined) return undefined;
  const decision = DECISIONS.find((d) => d === text);
  if (decision === undefined) throw new InputError(`--expect must be ${DECISIONS.join(', ')}`);
  return decision;
}

import { parseArgs } from 'node:util';
import { diffCommand } from './commands/diff-command.js';
import { evalCommand } from './commands/eval-command.js';
import { explainCommand } from './commands/explain-command.js';
import { exportCommand } from './commands/export-command.js';
import { lintCommand } from './commands/lint-command.js';
import { scanCommand } from './commands/scan-command.js';
import { testCommand } from './commands/test-command.js';
import { type CliIo, EXIT, type ExitCode, InputError, UsageError } from './io.js';
import { parseExpect, parseFormat, parseNow, parseParameters } from './options.js';

export const USAGE = `Usage: trustwright <command> [options]

Commands:
  test FILE...                          run every scenario that has an "expect"; exit 1 if any fails
  eval --policy FILE --request FILE     one verdict with its explanation
  lint FILE...                          findings; exit 1 if any is an error (AWS would reject the policy)
  explain FILE...                       who can assume the role, in plain words, one sentence per statement
  scan FILE...                          every role in Terraform, CloudFormation, terraform show -json or AWS CLI
                                        exports: findings, scenarios, who can assume it; exit 1 on an error finding
  export --to FORMAT FILE...            the roles of FILE as terraform, terraform-policy-document,
                                        cloudformation-yaml, cloudformation-json, cdk-typescript, aws-cli,
                                        aws-cli-update or trust-file
  diff OLD NEW                          who gains or loses access between two versions; exit 1 if any is added

Options:
  --json            machine-readable output (see the trust-file contract); same as --format json
  --format FORMAT   text (default) or json; lint and scan also take sarif (SARIF 2.1.0) and github
                    (GitHub Actions annotations)
  --now TIME        evaluate at TIME (ISO 8601 or epoch seconds) instead of now
  --role ARN        (eval, diff) the role the policy is attached to
  --expect VERDICT  (eval) exit 1 unless the verdict is allow, explicit-deny or implicit-deny
  --parameter K=V   (scan, export) a CloudFormation parameter or pseudo parameter value, such as
                    AWS::AccountId=111122223333; repeatable
  --to FORMAT       (export) the format to write
  --address ADDR    (export) only the role with this address or name
  --role-name NAME  (export) the role name to write (default: the role's own name)
  --identity FILE   (eval) the caller's identity-based policy; repeat for several
  --scp FILE        (eval) an SCP of the caller's account, one per level; repeat for several
  --boundary FILE   (eval) the caller's permissions boundary
  -h, --help        show this help

FILE is a trust file (*.trust.json) or a bare policy JSON; "-" reads standard input. scan and export
also read .tf, CloudFormation YAML/JSON (and CDK's cdk.out/*.template.json), terraform show -json,
and aws iam get-role, list-roles and get-account-authorization-details output.
Exit codes: 0 success, 1 failed test, error finding or added access, 2 unreadable or invalid input.
`;

/** Runs one command line; never throws. Returns the exit code. */
export function main(argv: readonly string[], io: CliIo): ExitCode {
  try {
    return dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`trustwright: ${error.message}\n\n${USAGE}`);
      return EXIT.invalidInput;
    }
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
  const { values, positionals } = parse(argv);
  const [command, ...files] = positionals;
  if (values.help === true || command === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (command === undefined) throw new UsageError('no command given');
  if (!COMMANDS.includes(command))
    throw new UsageError(`unknown command "${command}"; use test, eval, lint, explain, scan, export or diff`);
  const now = values.now === undefined ? io.now() : parseNow(values.now);
  const format = parseFormat(command, values.format, values.json === true);
  if (command !== 'eval') rejectEvalOptions(command, values);
  rejectOptions(command, values);
  switch (command) {
    case 'test':
      requireFiles(command, files);
      return testCommand(io, { files, format, now });
    case 'lint':
      requireFiles(command, files);
      return lintCommand(io, { files, format, now });
    case 'explain':
      requireFiles(command, files);
      return explainCommand(io, { files, format, now });
    case 'scan':
      requireFiles(command, files);
      return scanCommand(io, { files, format, now, parameters: parseParameters(values.parameter) });
    case 'export':
      requireFiles(command, files);
      if (values.format !== undefined || values.json === true)
        throw new UsageError('export writes the format given by --to; it takes no --format or --json');
      return exportCommand(io, {
        files,
        to: values.to,
        address: values.address,
        roleName: values['role-name'],
        parameters: parseParameters(values.parameter),
      });
    case 'diff': {
      const [old, next, ...rest] = files;
      if (old === undefined || next === undefined || rest.length > 0)
        throw new UsageError('diff takes exactly two files: OLD NEW');
      return diffCommand(io, { old, new: next, role: values.role, format, now });
    }
    case 'eval': {
      if (values.policy === undefined || values.request === undefined)
        throw new UsageError('eval needs --policy FILE and --request FILE');
      if (files.length > 0)
        throw new UsageError(`eval takes no positional arguments (got ${files.join(' ')})`);
      return evalCommand(io, {
        policy: values.policy,
        request: values.request,
        role: values.role,
        expect: parseExpect(values.expect),
        identity: values.identity ?? [],
        scp: values.scp ?? [],
        boundary: values.boundary,
        format,
        now,
      });
    }
    default:
      throw new Error(`command "${command}" is listed but not dispatched`);
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        now: { type: 'string' },
        policy: { type: 'string' },
        request: { type: 'string' },
        role: { type: 'string' },
        expect: { type: 'string' },
        parameter: { type: 'string', multiple: true },
        to: { type: 'string' },
        address: { type: 'string' },
        'role-name': { type: 'string' },
        identity: { type: 'string', multiple: true },
        scp: { type: 'string', multiple: true },
        boundary: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs throws a TypeError for unknown flags and missing option values.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const COMMANDS: readonly string[] = ['test', 'eval', 'lint', 'explain', 'scan', 'export', 'diff'];

/** Which commands take each of the newer flags. */
const OPTION_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  parameter: ['scan', 'export', 'diff'],
  to: ['export'],
  address: ['export'],
  'role-name': ['export'],
};

function rejectOptions(command: string, values: Partial<Record<string, unknown>>): void {
  for (const [name, commands] of Object.entries(OPTION_COMMANDS))
    if (values[name] !== undefined && !commands.includes(command))
      throw new UsageError(`--${name} applies to ${commands.join(' and ')} only, not ${command}`);
}

const EVAL_ONLY = ['policy', 'request', 'role', 'expect', 'identity', 'scp', 'boundary'] as const;

/** A flag that would be ignored is more likely a mistake than an intention. */
function rejectEvalOptions(command: string, values: Partial<Record<string, unknown>>): void {
  const given = EVAL_ONLY.find(
    (name) => values[name] !== undefined && !(name === 'role' && command === 'diff'),
  );
  if (given !== undefined)
    throw new UsageError(
      `--${given} applies to ${given === 'role' ? 'eval and diff' : 'eval'} only, not ${command}`,
    );
}

function requireFiles(command: string, files: readonly string[]): void {
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE`);
}

import type { ExportFormat, ImportedRole, Parameters } from '@trustwright/formats';
import { findingLine } from '../formats/scan-text.js';
import { type CliIo, EXIT, type ExitCode, formatsOf, InputError, UsageError } from '../io.js';
import { readText } from '../read-input.js';

/** formats' EXPORT_FORMATS (a test checks they agree; the CLI does not load formats to parse flags), and trust files. */
export const EXPORT_TARGETS = [
  'terraform',
  'terraform-policy-document',
  'cloudformation-yaml',
  'cloudformation-json',
  'cdk-typescript',
  'aws-cli',
  'aws-cli-update',
  'trust-file',
] as const satisfies readonly (ExportFormat | 'trust-file')[];
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export interface ExportCommandOptions {
  readonly files: readonly string[];
  readonly to: string | undefined;
  readonly address: string | undefined;
  readonly roleName: string | undefined;
  readonly parameters: Parameters;
}

export function parseExportTarget(to: string | undefined): ExportTarget {
  if (to === undefined) throw new UsageError(`export needs --to FORMAT (${EXPORT_TARGETS.join(', ')})`);
  const target = EXPORT_TARGETS.find((t) => t === to);
  if (target === undefined)
    throw new UsageError(`--to must be one of ${EXPORT_TARGETS.join(', ')} (got "${to}")`);
  return target;
}

/**
 * `trustwright export --to FORMAT FILE...`: the roles of any input (a trust file, a policy, a
 * template, an export) written in another format. Exit 1 when a role could not be written
 * (its policy is unreadable or has values only the deployment resolves, or the format cannot
 * express it; what could be written is still printed); 2 for unusable input.
 */
export function exportCommand(io: CliIo, options: ExportCommandOptions): ExitCode {
  const target = parseExportTarget(options.to);
  const inputs = options.files.map((path) => ({ name: path, text: readText(io, path) }));
  const { importFiles, exportRoles } = formatsOf(io);
  const results = importFiles(inputs, { parameters: options.parameters });
  const fatal = results.flatMap((r) => r.problems).filter((p) => p.severity === 'error');
  if (fatal[0] !== undefined) throw new InputError(findingLine(fatal[0]));
  let roles = results.flatMap((r) => r.roles);
  if (options.address !== undefined) {
    roles = roles.filter((r) => r.address === options.address || r.name === options.address);
    if (roles.length === 0) throw new InputError(`no role has the address or name "${options.address}"`);
  }
  if (roles.length === 0) throw new InputError(`${options.files.join(', ')}: no role to export`);
  let failed = false;
  const readable: ImportedRole[] = [];
  for (const r of roles) {
    if (r.policy === undefined) {
      failed = true;
      for (const p of r.problems) io.stderr(`trustwright: ${findingLine(p)}\n`);
    } else {
      readable.push(r);
      // A placeholder would be written as a literal value: the output is not the deployed policy.
      for (const p of r.problems)
        if (p.code === 'unresolved-value') {
          failed = true;
          io.stderr(`trustwright: ${findingLine(p)}\n`);
        }
    }
  }
  if (target === 'trust-file') {
    if (readable.length > 1)
      throw new InputError(
        `${readable.length} roles found; a trust file holds one: choose one with --address (${readable
          .slice(0, 5)
          .map((r) => r.address)
          .join(', ')}${readable.length > 5 ? ', ...' : ''})`,
      );
    const [r] = readable;
    if (r !== undefined) io.stdout(`${JSON.stringify(trustFileOf(r), null, 2)}\n`);
    return failed ? EXIT.failed : EXIT.ok;
  }
  const format: ExportFormat = target;
  const out = exportRoles(
    readable.map((r) => ({
      policy: r.policy,
      roleName:
        options.roleName ?? r.name ?? r.arn?.split('/').pop() ?? r.address.replace(/^aws_iam_role\./, ''),
      label: `${r.file}: ${r.address}`,
    })),
    format,
  );
  for (const f of out.failures) {
    failed = true;
    const r = readable[f.index];
    io.stderr(`trustwright: ${r?.file ?? ''}: ${r?.address ?? ''}: ${f.reason}\n`);
  }
  io.stdout(out.text);
  return failed ? EXIT.failed : EXIT.ok;
}

/** A trust file (the contract) with where the role came from, in an extra top-level field. */
function trustFileOf(r: ImportedRole) {
  return {
    ...(r.arn === undefined ? {} : { role: r.arn }),
    policy: r.policy,
    scenarios: r.scenarios,
    source: { file: r.file, format: r.format, address: r.address, line: r.location.line },
  };
}

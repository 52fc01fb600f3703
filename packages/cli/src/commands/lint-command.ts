import { lintSource } from '@trustwright/core';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import { formatFinding, type LocatedFinding, locate, readTrustFile } from '../read-input.js';

export interface LintOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly now: number;
}

/** `trustwright lint FILE...`: findings for each policy; exit 1 when any is an error (AWS would reject it). */
export function lintCommand(io: CliIo, options: LintOptions): ExitCode {
  const findings: LocatedFinding[] = [];
  for (const path of options.files) {
    const { file, text, warnings } = readTrustFile(io, path);
    findings.push(
      ...locate(path, text, lintSource(file.policy, file.role, { now: options.now })),
      ...warnings,
    );
  }
  if (options.json) {
    const out = findings.map(({ file, code, severity, message, path, line, column }) => ({
      file,
      code,
      severity,
      message,
      path,
      line,
      column,
    }));
    io.stdout(`${JSON.stringify({ findings: out })}\n`);
  } else {
    for (const f of findings) io.stdout(`${formatFinding(f)}\n`);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    io.stdout(
      `${findings.length === 0 ? 'No findings.' : `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`}\n`,
    );
  }
  return findings.some((f) => f.severity === 'error') ? EXIT.failed : EXIT.ok;
}

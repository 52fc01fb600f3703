import { lintSource } from '@trustwright/core';
import { renderLintReport } from '../formats/lint-report.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import type { OutputFormat } from '../options.js';
import { type LocatedFinding, locate, readTrustFile } from '../read-input.js';

export interface LintOptions {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  readonly now: number;
}

/** `trustwright lint FILE...`: findings for each policy; exit 1 when any is an error (AWS would reject it). */
export function lintCommand(io: CliIo, options: LintOptions): ExitCode {
  const findings: LocatedFinding[] = [];
  for (const path of options.files) {
    const { file, text, warnings } = readTrustFile(io, path);
    findings.push(
      // A trust file's accepted findings (with their reasons) are left out; problems with the
      // suppressions themselves are reported like any finding.
      ...locate(
        path,
        text,
        lintSource(file.policy, file.role, { now: options.now, suppressions: file.suppressions }),
      ),
      ...warnings,
    );
  }
  io.stdout(renderLintReport(options.format, findings));
  return findings.some((f) => f.severity === 'error') ? EXIT.failed : EXIT.ok;
}

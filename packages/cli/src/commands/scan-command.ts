import type { ImportProblem, InputFile, Parameters, ScanSummary } from '@trustwright/formats';
import { renderLintReport } from '../formats/lint-report.js';
import { findingJson, roleJson } from '../formats/scan-json.js';
import { findingLine, renderRoleText, renderSummaryText, roleTitle } from '../formats/scan-text.js';
import { type CliIo, EXIT, type ExitCode, formatsOf } from '../io.js';
import type { OutputFormat } from '../options.js';
import type { LocatedFinding } from '../read-input.js';

export interface ScanCommandOptions {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  readonly now: number;
  readonly parameters: Parameters;
}

/** Output is written in chunks of about this size: one write per role would be slow for 10,000. */
const FLUSH_AT = 1 << 20;

/**
 * `trustwright scan FILE...`: every role in any mix of templates, Terraform, plans and AWS CLI
 * exports, linted, its scenarios run, and who can assume it. Bad files are reported and the
 * others still scanned. Exit 2 if any input could not be read completely, else 1 if any
 * finding is an error or a scenario fails, else 0.
 */
export function scanCommand(io: CliIo, options: ScanCommandOptions): ExitCode {
  const inputs: InputFile[] = [];
  const unreadable: ImportProblem[] = [];
  for (const path of options.files) {
    try {
      inputs.push({ name: path, text: io.readFile(path) });
    } catch (error) {
      unreadable.push({
        code: 'unknown-format',
        severity: 'error',
        file: path,
        message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  let buffer = '';
  const write = (text: string) => {
    buffer += text;
    if (buffer.length >= FLUSH_AT) {
      io.stdout(buffer);
      buffer = '';
    }
  };
  const problems: ImportProblem[] = [...unreadable];
  const located: LocatedFinding[] = [];
  let importErrors = unreadable.length > 0;
  let failedScenarios = false;
  let roles = 0;
  const json = options.format === 'json';
  const text = options.format === 'text';
  if (json) write('{"roles":[');
  const events = formatsOf(io).scan(inputs, {
    now: options.now,
    parameters: options.parameters,
    keepPolicies: false,
  });
  let summary: ScanSummary;
  for (;;) {
    const step = events.next();
    if (step.done === true) {
      summary = step.value;
      break;
    }
    const event = step.value;
    if (event.kind === 'role') {
      const r = event.result;
      if (r.findings.some((f) => f.source === 'import' && f.severity === 'error')) importErrors = true;
      if (r.scenarios.some((s) => s.pass === false)) failedScenarios = true;
      if (json) write(`${roles > 0 ? ',' : ''}${JSON.stringify(roleJson(r))}`);
      else if (text) write(renderRoleText(r));
      else for (const f of r.findings) located.push(toLocated(f, roleTitle(r)));
      roles++;
    } else if (event.kind === 'file-done') {
      problems.push(...event.problems);
      if (event.problems.some((p) => p.severity === 'error')) importErrors = true;
    }
  }
  if (json)
    write(
      `],"problems":${JSON.stringify(problems.map(findingJson))},"summary":${JSON.stringify({ ...summary, files: summary.files + unreadable.length })}}\n`,
    );
  else if (text) {
    if (problems.length > 0)
      write(`Problems with the inputs:\n${problems.map((p) => `  ${findingLine(p)}\n`).join('')}\n`);
    write(
      renderSummaryText({
        ...summary,
        files: summary.files + unreadable.length,
        problems: countProblems(problems),
      }),
    );
  } else {
    for (const p of problems) located.push(toLocated(p, p.address));
    write(renderLintReport(options.format, located));
  }
  io.stdout(buffer);
  const lintErrors = summary.findings.error > 0;
  if (importErrors) return EXIT.invalidInput;
  return lintErrors || failedScenarios ? EXIT.failed : EXIT.ok;
}

function countProblems(problems: readonly ImportProblem[]) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}

/** The lint command's located finding, for SARIF and GitHub annotations. */
function toLocated(
  f: {
    code: string;
    severity: LocatedFinding['severity'];
    message: string;
    file: string;
    location?: { line: number; column: number; endLine: number; endColumn: number };
    path?: string;
  },
  address: string | undefined,
): LocatedFinding {
  const at = f.location ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    file: f.file,
    code: f.code,
    severity: f.severity,
    message: address === undefined ? f.message : `${address}: ${f.message}`,
    path: f.path ?? '',
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
  };
}

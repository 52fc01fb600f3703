import type { OutputFormat } from '../options.js';
import { formatFinding, type LocatedFinding } from '../read-input.js';
import { toGithubAnnotations } from './github-annotations.js';
import { toSarif } from './sarif.js';

/** The whole of lint's standard output in the chosen format, ending with a newline. */
export function renderLintReport(format: OutputFormat, findings: readonly LocatedFinding[]): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ findings: findings.map(toContractJson) })}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarif(findings), null, 2)}\n`;
    case 'github':
      return toGithubAnnotations(findings);
    case 'text':
      return toText(findings);
  }
}

/** Exactly the contract's fields, in its order: consumers may compare whole objects. */
function toContractJson({ file, code, severity, message, path, line, column }: LocatedFinding) {
  return { file, code, severity, message, path, line, column };
}

function toText(findings: readonly LocatedFinding[]): string {
  const count = (severity: LocatedFinding['severity'], noun: string) => {
    const n = findings.filter((f) => f.severity === severity).length;
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  };
  const summary =
    findings.length === 0
      ? 'No findings.'
      : `${count('error', 'error')}, ${count('warning', 'warning')}, ${count('info', 'note')}`;
  return [...findings.map(formatFinding), summary].map((line) => `${line}\n`).join('');
}

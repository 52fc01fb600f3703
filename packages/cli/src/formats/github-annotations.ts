import type { Severity } from '@trustwright/core';
import type { LocatedFinding } from '../read-input.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/**
 * GitHub Actions workflow commands, one line per finding, which the runner turns into
 * annotations on the pull request. The escaping is the runner's own (see @actions/core).
 */
export function toGithubAnnotations(findings: readonly LocatedFinding[]): string {
  return findings.map((f) => `${annotation(f)}\n`).join('');
}

function annotation(f: LocatedFinding): string {
  // GitHub's end column is inclusive (the last character), ours is exclusive.
  const endColumn = Math.max(f.endLine === f.line ? f.column : 1, f.endColumn - 1);
  const properties: readonly (readonly [string, string])[] = [
    ['file', f.file],
    ['line', String(f.line)],
    ['col', String(f.column)],
    ['endLine', String(f.endLine)],
    ['endColumn', String(endColumn)],
    ['title', f.code],
  ];
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${COMMAND[f.severity]} ${list}::${escapeData(f.message)}`;
}

/** A message may hold anything but a line break, and a literal % would read as an escape. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Properties are also split on "," and ended by "::", so those characters are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

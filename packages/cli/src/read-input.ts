import { type Finding, formatPath, LineIndex, parseTrustFile, type TrustFile } from '@trustwright/core';
import { type CliIo, InputError } from './io.js';

/** A finding located in a file: what every output format needs. */
export interface LocatedFinding {
  readonly file: string;
  readonly code: string;
  readonly severity: Finding['severity'];
  readonly message: string;
  /** Readable JSON path; for policy findings it is relative to the policy. */
  readonly path: string;
  /** 1-based, columns in UTF-16 code units. */
  readonly line: number;
  readonly column: number;
  /** Where the finding's text ends, exclusive (the position just after its last character). */
  readonly endLine: number;
  readonly endColumn: number;
  readonly help?: string;
}

export function locate(file: string, text: string, findings: readonly Finding[]): LocatedFinding[] {
  const index = new LineIndex(text);
  return findings.map((f) => {
    const start = f.span?.start ?? 0;
    const { line, column } = index.positionAt(start);
    const end = index.positionAt(f.span?.end ?? start);
    const located = {
      file,
      code: f.code,
      severity: f.severity,
      message: f.message,
      path: formatPath(f.path),
      line,
      column,
      endLine: end.line,
      endColumn: end.column,
    };
    return f.help === undefined ? located : { ...located, help: f.help };
  });
}

export function readText(io: CliIo, path: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`cannot read ${path}: ${reason}`);
  }
}

export interface ReadTrustFile {
  readonly file: TrustFile;
  readonly text: string;
  /** Non-fatal problems in the document (for example an impossible caller/action pair). */
  readonly warnings: readonly LocatedFinding[];
}

/**
 * Reads a trust file or bare policy. Anything that makes it unusable (not JSON, schema errors,
 * a bad role ARN, a malformed request) is an InputError naming the first place at fault.
 */
export function readTrustFile(io: CliIo, path: string): ReadTrustFile {
  const result = tryReadTrustFile(io, path);
  if (!result.ok) throw new InputError(result.message);
  return result;
}

/** `readTrustFile` without the throw: the one-line reason instead, so a caller can report several files. */
export function tryReadTrustFile(
  io: CliIo,
  path: string,
): (ReadTrustFile & { readonly ok: true }) | { readonly ok: false; readonly message: string } {
  let text: string;
  try {
    text = readText(io, path);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { file, findings } = parseTrustFile(text);
  const located = locate(path, text, findings);
  const errors = located.filter((f) => f.severity === 'error');
  if (file === undefined || errors.length > 0) return { ok: false, message: oneLine(errors, path) };
  return { ok: true, file, text, warnings: located.filter((f) => f.severity !== 'error') };
}

/** "file:3:14: message (and 2 more problems)". */
export function oneLine(errors: readonly LocatedFinding[], path: string): string {
  const first = errors[0];
  if (first === undefined) return `${path}: not a trust file or a policy`;
  const more =
    errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return `${first.file}:${first.line}:${first.column}: ${first.message}${more}`;
}

export function formatFinding(f: LocatedFinding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}${f.help === undefined ? '' : `\n    help: ${f.help}`}`;
}

import type { Severity, Span } from '@trustwright/core';
import type { Locator } from './location.js';
import type { ImportProblem, ImportProblemCode } from './types.js';

/** Collects one file's problems, each located in the file when it has a place. */
export class Problems {
  readonly list: ImportProblem[] = [];
  constructor(
    readonly file: string,
    readonly locator: Locator,
  ) {}

  add(
    code: ImportProblemCode,
    severity: Severity,
    message: string,
    span?: Span,
    address?: string,
  ): ImportProblem {
    const problem: ImportProblem = {
      code,
      severity,
      file: this.file,
      message,
      ...(span === undefined ? {} : { location: this.locator.at(span) }),
      ...(address === undefined ? {} : { address }),
    };
    this.list.push(problem);
    return problem;
  }
}

/** "line 12, column 5" for messages. */
export function where(problemLocation: { line: number; column: number } | undefined): string {
  return problemLocation === undefined
    ? ''
    : ` at line ${problemLocation.line}, column ${problemLocation.column}`;
}

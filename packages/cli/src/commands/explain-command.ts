import { describePolicy, formatPath, policyTextOf, renderDescription } from '@trustwright/core';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import type { OutputFormat } from '../options.js';
import { formatFinding, readTrustFile } from '../read-input.js';

export interface ExplainOptions {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  readonly now: number;
}

/** `trustwright explain FILE...`: who can assume the role, one sentence per statement. */
export function explainCommand(io: CliIo, options: ExplainOptions): ExitCode {
  const inputs = options.files.map((path) => ({ path, ...readTrustFile(io, path) }));
  const files = inputs.map(({ path, file, warnings }) => {
    for (const w of warnings) io.stderr(`${formatFinding(w)}\n`);
    return {
      path,
      description: describePolicy({ policy: policyTextOf(file), role: file.role }, { now: options.now }),
    };
  });
  if (options.format === 'json') {
    const out = files.map(({ path, description }) => ({
      file: path,
      ...(description.problem === undefined ? {} : { problem: description.problem }),
      statements: description.statements.map((s) => ({
        index: s.index,
        ...(s.sid === undefined ? {} : { sid: s.sid }),
        effect: s.effect ?? null,
        path: formatPath(s.path),
        sentence: s.sentence,
      })),
    }));
    io.stdout(`${JSON.stringify({ files: out })}\n`);
  } else {
    for (const { path, description } of files) {
      if (files.length > 1) io.stdout(`${path}\n`);
      io.stdout(renderDescription(description));
    }
  }
  return EXIT.ok;
}

import {
  compileTrustFile,
  type Decision,
  type Evaluation,
  type ExplanationLine,
  explain,
  renderExplanation,
} from '@trustwright/core';
import { type CliIo, EXIT, type ExitCode, InputError } from '../io.js';
import type { OutputFormat } from '../options.js';
import { formatFinding, locate, oneLine, readText, readTrustFile } from '../read-input.js';
import { parseRequest, withRequestSpan } from '../read-request.js';

export interface EvalOptions {
  readonly policy: string;
  readonly request: string;
  readonly role: string | undefined;
  readonly expect: Decision | undefined;
  readonly format: OutputFormat;
  readonly now: number;
}

/** `trustwright eval --policy FILE --request FILE`: one verdict with its explanation. */
export function evalCommand(io: CliIo, options: EvalOptions): ExitCode {
  const { file, text: policyText } = readTrustFile(io, options.policy);
  const request = parseRequest(options.request, readText(io, options.request));
  const compiled = compileTrustFile(options.role === undefined ? file : { ...file, role: options.role });
  const roleError = compiled.findings.find((f) => f.code === 'invalid-role');
  if (roleError !== undefined) throw new InputError(`--role: ${roleError.message}`);
  const evaluation = compiled.evaluate(request.value, { now: options.now });
  const requestErrors = evaluation.request.findings.filter((f) => f.severity === 'error');
  if (requestErrors.length > 0) {
    const located = locate(
      options.request,
      request.text,
      requestErrors.map((f) => withRequestSpan(f, request)),
    );
    throw new InputError(oneLine(located, options.request));
  }

  const lines = explain(evaluation);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(toJson(evaluation, lines))}\n`);
  } else {
    io.stdout(`${renderExplanation(lines)}\n`);
    for (const f of locate(options.policy, policyText, compiled.findings)) io.stderr(`${formatFinding(f)}\n`);
  }
  return options.expect === undefined || options.expect === evaluation.decision ? EXIT.ok : EXIT.failed;
}

function toJson(e: Evaluation, lines: readonly ExplanationLine[]) {
  return {
    decision: e.decision,
    decisive: e.decisive,
    explanation: lines,
    statements: e.statements,
    requirements: e.requirements,
    request: {
      action: e.request.action,
      caller: e.request.caller,
      context: e.request.context.map(({ key, values, multi, source, basis }) => ({
        key,
        value: multi ? values : values[0],
        source,
        ...(basis === undefined ? {} : { basis }),
      })),
    },
    findings: e.findings,
  };
}

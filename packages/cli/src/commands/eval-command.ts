import {
  compileTrustFile,
  type Decision,
  type Evaluation,
  explain,
  type Finding,
  parseJson,
  renderExplanation,
  spanAt,
} from '@trustwright/core';
import { type CliIo, EXIT, type ExitCode, InputError } from '../io.js';
import { formatFinding, locate, oneLine, readText, readTrustFile } from '../read-input.js';

export interface EvalOptions {
  readonly policy: string;
  readonly request: string;
  readonly role: string | undefined;
  readonly expect: Decision | undefined;
  readonly json: boolean;
  readonly now: number;
}

/** `trustwright eval --policy FILE --request FILE`: one verdict with its explanation. */
export function evalCommand(io: CliIo, options: EvalOptions): ExitCode {
  const { file } = readTrustFile(io, options.policy);
  const request = readRequest(io, options.request);
  const compiled = compileTrustFile(options.role === undefined ? file : { ...file, role: options.role });
  const evaluation = compiled.evaluate(request.value, { now: options.now });
  const requestErrors = evaluation.request.findings.filter((f) => f.severity === 'error');
  if (requestErrors.length > 0) {
    // Request findings carry paths into the request; locate them in the request file.
    throw new InputError(
      oneLine(
        locate(
          options.request,
          request.text,
          requestErrors.map((f) => withSpan(f, request)),
        ),
        options.request,
      ),
    );
  }
  const roleError = compiled.findings.find((f) => f.code === 'invalid-role');
  if (roleError !== undefined) throw new InputError(`--role: ${roleError.message}`);

  const lines = explain(evaluation);
  if (options.json) {
    io.stdout(`${JSON.stringify(toJson(evaluation, lines))}\n`);
  } else {
    io.stdout(`${renderExplanation(lines)}\n`);
    for (const f of locate(options.policy, readText(io, options.policy), compiled.findings))
      io.stderr(`${formatFinding(f)}\n`);
  }
  return options.expect === undefined || options.expect === evaluation.decision ? EXIT.ok : EXIT.failed;
}

interface RequestInput {
  readonly value: unknown;
  readonly text: string;
  /** Path of the request inside the file: [] or ["request"] for a scenario object. */
  readonly base: readonly (string | number)[];
}

/** A request object, or a scenario object holding one under "request". */
function readRequest(io: CliIo, path: string): RequestInput {
  const text = readText(io, path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value === 'object' && value !== null && 'request' in value && !('principal' in value)) {
    return { value: (value as { request: unknown }).request, text, base: ['request'] };
  }
  return { value, text, base: [] };
}

function withSpan(f: Finding, request: RequestInput): Finding {
  const root = parseJson(request.text).root;
  const span = root === undefined ? undefined : spanAt(root, [...request.base, ...f.path], f.target);
  return span === undefined ? f : { ...f, span };
}

function toJson(e: Evaluation, lines: ReturnType<typeof explain>) {
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

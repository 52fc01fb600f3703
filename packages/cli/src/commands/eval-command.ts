import {
  type AccessEvaluation,
  type CallerPolicies,
  type Counterfactuals,
  compileTrustFile,
  counterfactuals,
  type Decision,
  type Evaluation,
  type ExplanationLine,
  evaluateAccess,
  explain,
  explainAccess,
  LineIndex,
  parseJson,
  policyTextOf,
  renderCounterfactuals,
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
  /** Files with the caller's identity-based policies, SCPs and permissions boundary. */
  readonly identity: readonly string[];
  readonly scp: readonly string[];
  readonly boundary: string | undefined;
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

  const role = options.role ?? file.role;
  const trustInput = { policy: policyTextOf(file), role };
  // The caller's side: from the flags, or from the trust file when the request is one of its scenarios.
  const caller =
    callerPolicies(io, options) ??
    (request.name === undefined ? undefined : file.callerPolicies.get(request.name));
  const access =
    caller === undefined
      ? undefined
      : evaluateAccess({ ...trustInput, caller }, request.value, { now: options.now });
  if (access !== undefined && access.findings.length > 0)
    throw new InputError(`caller policies: ${access.findings[0]?.message ?? ''}`);
  const flips = counterfactuals(trustInput, request.value, { now: options.now });
  const lines = explain(evaluation);
  if (options.format === 'json') {
    io.stdout(
      `${JSON.stringify({ ...toJson(evaluation, lines), counterfactuals: counterfactualsJson(flips), ...(access === undefined ? {} : { access: accessJson(access) }) })}\n`,
    );
  } else {
    io.stdout(
      `${renderExplanation(access === undefined ? lines : explainAccess(access))}\n\n${renderCounterfactuals(flips)}\n`,
    );
    for (const f of locate(options.policy, policyText, compiled.findings)) io.stderr(`${formatFinding(f)}\n`);
  }
  return options.expect === undefined || options.expect === evaluation.decision ? EXIT.ok : EXIT.failed;
}

/** Policies from --identity, --scp and --boundary files; undefined when none is given. */
function callerPolicies(io: CliIo, options: EvalOptions): CallerPolicies | undefined {
  if (options.identity.length === 0 && options.scp.length === 0 && options.boundary === undefined)
    return undefined;
  const read = (path: string): unknown => {
    const text = readText(io, path);
    const { root, errors } = parseJson(text);
    const syntax = errors[0];
    if (syntax !== undefined || root === undefined) {
      const { line, column } = new LineIndex(text).positionAt(syntax?.span.start ?? 0);
      throw new InputError(`${path}:${line}:${column}: ${syntax?.message ?? 'not JSON'}`);
    }
    return JSON.parse(text) as unknown;
  };
  return {
    identity: options.identity.map(read),
    ...(options.scp.length === 0 ? {} : { scp: options.scp.map(read) }),
    ...(options.boundary === undefined ? {} : { boundary: read(options.boundary) }),
  };
}

function counterfactualsJson(c: Counterfactuals) {
  return {
    target: c.target,
    request: c.request.map(({ edits, request, verified, decisive, text }) => ({
      edits,
      request,
      verified,
      decisive,
      text,
    })),
    policy: c.policy.map(({ change, statement, edits, policyText, verified, text }) => ({
      change,
      statement: statement ?? null,
      edits,
      policyText,
      verified,
      text,
    })),
    ...(c.problem === undefined ? {} : { problem: c.problem }),
  };
}

function accessJson(a: AccessEvaluation) {
  return {
    decision: a.decision,
    decidedBy: a.decidedBy,
    complete: a.complete,
    sides: a.sides.map(({ side, status, reason, policies }) => ({
      side,
      status,
      reason,
      policies: policies.map((p) => ({
        index: p.index,
        decision: p.decision,
        actions: p.actions.map((x) => ({
          action: x.action,
          decision: x.evaluation.decision,
          decisive: x.evaluation.decisive,
        })),
      })),
    })),
    explanation: explainAccess(a),
  };
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

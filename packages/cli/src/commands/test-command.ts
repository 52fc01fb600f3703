import { type Decision, explain, explainAccess, renderExplanation, runScenarios } from '@trustwright/core';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import type { OutputFormat } from '../options.js';
import { formatFinding, readTrustFile } from '../read-input.js';

export interface TestOptions {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  readonly now: number;
}

/**
 * One row of the contract's `--json` output. `expect` and `decision` are the trust policy's alone
 * (the contract); `access` is added for scenarios with caller policies (`callerPolicies`), and
 * `pass` holds only when both checks hold.
 */
export interface TestResult {
  readonly file: string;
  readonly scenario: string;
  readonly expect?: Decision;
  readonly decision: Decision;
  readonly pass: boolean;
  readonly access?: {
    readonly expect?: Decision;
    readonly decision: Decision;
    readonly decidedBy: string;
    readonly pass?: boolean;
  };
}

/** `trustwright test FILE...`: every scenario with an `expect`; exit 1 when any fails. */
export function testCommand(io: CliIo, options: TestOptions): ExitCode {
  const json = options.format === 'json';
  // Read every file first, so one invalid file stops the run before any verdict is printed.
  const inputs = options.files.map((path) => ({ path, ...readTrustFile(io, path) }));
  const results: TestResult[] = [];
  for (const input of inputs) {
    for (const w of input.warnings) io.stderr(`${formatFinding(w)}\n`);
    const tested = (name: string, expect: Decision | undefined) =>
      expect !== undefined || input.file.callerPolicies.get(name)?.expect !== undefined;
    const withExpectation = input.file.scenarios.filter((s) => tested(s.name, s.expect));
    if (withExpectation.length === 0) io.stderr(`${input.path}: no scenario with "expect" to test\n`);
    const file = { ...input.file, scenarios: withExpectation };
    for (const r of runScenarios(file, { now: options.now })) {
      const expect = r.scenario.expect;
      const trustPass = expect === undefined || expect === r.decision;
      const access = r.access;
      const accessExpect = input.file.callerPolicies.get(r.scenario.name)?.expect;
      const pass = trustPass && r.accessPass !== false;
      results.push({
        file: input.path,
        scenario: r.scenario.name,
        ...(expect === undefined ? {} : { expect }),
        decision: r.decision,
        pass,
        ...(access === undefined
          ? {}
          : {
              access: {
                ...(accessExpect === undefined ? {} : { expect: accessExpect }),
                decision: access.decision,
                decidedBy: access.decidedBy,
                ...(r.accessPass === undefined ? {} : { pass: r.accessPass }),
              },
            }),
      });
      if (json) continue;
      const withCaller =
        access === undefined
          ? ''
          : `; with the caller's policies ${access.decision}, decided by ${access.decidedBy}`;
      if (pass) {
        io.stdout(`PASS  ${input.path}  ${r.scenario.name} (${r.decision}${withCaller})\n`);
        continue;
      }
      if (!trustPass) {
        io.stdout(`FAIL  ${input.path}  ${r.scenario.name}: expected ${expect}, got ${r.decision}\n`);
        io.stdout(`${indent(renderExplanation(explain(r.evaluation)))}\n`);
      }
      if (access !== undefined && r.accessPass === false) {
        io.stdout(
          `FAIL  ${input.path}  ${r.scenario.name}: with the caller's policies expected ${accessExpect}, got ${access.decision}\n`,
        );
        io.stdout(`${indent(renderExplanation(explainAccess(access)))}\n`);
      }
    }
  }
  const passed = results.filter((r) => r.pass).length;
  const failed = results.length - passed;
  if (json) io.stdout(`${JSON.stringify({ results, passed, failed })}\n`);
  else io.stdout(`\n${passed} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : `      ${l}`))
    .join('\n');
}

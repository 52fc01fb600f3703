import { type Decision, explain, renderExplanation, runScenarios } from '@trustwright/core';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import type { OutputFormat } from '../options.js';
import { formatFinding, readTrustFile } from '../read-input.js';

export interface TestOptions {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  readonly now: number;
}

/** One row of the contract's `--json` output. */
export interface TestResult {
  readonly file: string;
  readonly scenario: string;
  readonly expect: Decision;
  readonly decision: Decision;
  readonly pass: boolean;
}

/** `trustwright test FILE...`: every scenario with an `expect`; exit 1 when any fails. */
export function testCommand(io: CliIo, options: TestOptions): ExitCode {
  const json = options.format === 'json';
  // Read every file first, so one invalid file stops the run before any verdict is printed.
  const inputs = options.files.map((path) => ({ path, ...readTrustFile(io, path) }));
  const results: TestResult[] = [];
  for (const input of inputs) {
    for (const w of input.warnings) io.stderr(`${formatFinding(w)}\n`);
    const withExpectation = input.file.scenarios.filter((s) => s.expect !== undefined);
    if (withExpectation.length === 0) io.stderr(`${input.path}: no scenario with "expect" to test\n`);
    const file = { ...input.file, scenarios: withExpectation };
    for (const r of runScenarios(file, { now: options.now })) {
      const expect = r.scenario.expect ?? r.decision;
      const pass = expect === r.decision;
      results.push({ file: input.path, scenario: r.scenario.name, expect, decision: r.decision, pass });
      if (json) continue;
      if (pass) {
        io.stdout(`PASS  ${input.path}  ${r.scenario.name} (${r.decision})\n`);
      } else {
        io.stdout(`FAIL  ${input.path}  ${r.scenario.name}: expected ${expect}, got ${r.decision}\n`);
        io.stdout(`${indent(renderExplanation(explain(r.evaluation)))}\n`);
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

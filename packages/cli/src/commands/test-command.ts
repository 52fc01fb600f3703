import { explain, renderExplanation, runScenarios } from '@trustwright/core';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import { formatFinding, readTrustFile } from '../read-input.js';

export interface TestOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly now: number;
}

/** `trustwright test FILE...`: every scenario with an `expect`; exit 1 when any fails. */
export function testCommand(io: CliIo, options: TestOptions): ExitCode {
  const inputs = options.files.map((path) => ({ path, ...readTrustFile(io, path) }));
  const results: { file: string; scenario: string; expect: string; decision: string; pass: boolean }[] = [];
  const failures: string[] = [];
  for (const input of inputs) {
    for (const w of input.warnings) io.stderr(`${formatFinding(w)}\n`);
    const withExpectation = input.file.scenarios.filter((s) => s.expect !== undefined);
    if (withExpectation.length === 0) io.stderr(`${input.path}: no scenario with "expect" to test\n`);
    const file = { ...input.file, scenarios: withExpectation };
    for (const r of runScenarios(file, { now: options.now })) {
      const pass = r.pass === true;
      results.push({
        file: input.path,
        scenario: r.scenario.name,
        expect: r.scenario.expect ?? '',
        decision: r.decision,
        pass,
      });
      if (options.json) continue;
      if (pass) {
        io.stdout(`PASS  ${input.path}  ${r.scenario.name} (${r.decision})\n`);
      } else {
        io.stdout(
          `FAIL  ${input.path}  ${r.scenario.name}: expected ${r.scenario.expect}, got ${r.decision}\n`,
        );
        failures.push(indent(renderExplanation(explain(r.evaluation))));
        io.stdout(`${failures[failures.length - 1]}\n`);
      }
    }
  }
  const passed = results.filter((r) => r.pass).length;
  const failed = results.length - passed;
  if (options.json) io.stdout(`${JSON.stringify({ results, passed, failed })}\n`);
  else io.stdout(`\n${passed} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : `      ${l}`))
    .join('\n');
}

import { type CompiledPolicy, compileSource } from '../evaluate/compile.js';
import type { Decision, Evaluation } from '../evaluate/trace.js';
import type { ResolveOptions } from '../request/resolve-request.js';
import type { Scenario, TrustFile } from './trust-file.js';

export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly decision: Decision;
  /** Undefined when the scenario has no expectation. */
  readonly pass: boolean | undefined;
  readonly evaluation: Evaluation;
}

/** Compiles a trust file's policy once, keeping positions in the file. */
export function compileTrustFile(file: TrustFile): CompiledPolicy {
  return compileSource(file.policy, file.role);
}

/** Evaluates every scenario of a trust file; the CLI's `test` and the app's what-if panel share this. */
export function runScenarios(
  file: TrustFile,
  options: ResolveOptions = {},
  compiled = compileTrustFile(file),
): ScenarioResult[] {
  return file.scenarios.map((scenario) => {
    const evaluation = compiled.evaluate(scenario.request, options);
    return {
      scenario,
      decision: evaluation.decision,
      pass: scenario.expect === undefined ? undefined : scenario.expect === evaluation.decision,
      evaluation,
    };
  });
}

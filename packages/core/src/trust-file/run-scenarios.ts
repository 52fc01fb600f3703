import {
  type AccessEvaluation,
  compileCallerPolicies,
  evaluateAccessWith,
} from '../access/evaluate-access.js';
import { type CompiledPolicy, compileSource } from '../evaluate/compile.js';
import type { Decision, Evaluation } from '../evaluate/trace.js';
import type { ResolveOptions } from '../request/resolve-request.js';
import type { Scenario, TrustFile } from './trust-file.js';

export interface ScenarioResult {
  readonly scenario: Scenario;
  /** What the trust policy alone decides (what `expect` states). */
  readonly decision: Decision;
  /** Undefined when the scenario has no expectation. */
  readonly pass: boolean | undefined;
  readonly evaluation: Evaluation;
  /** With the scenario's caller policies (top-level `callerPolicies`), when the file gives them. */
  readonly access?: AccessEvaluation;
  /** Whether `access.decision` is the caller policies' `expect`; undefined without one. */
  readonly accessPass?: boolean;
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
    const result = {
      scenario,
      decision: evaluation.decision,
      pass: scenario.expect === undefined ? undefined : scenario.expect === evaluation.decision,
      evaluation,
    };
    const caller = file.callerPolicies.get(scenario.name);
    if (caller === undefined) return result;
    const access = evaluateAccessWith(compiled, compileCallerPolicies(caller), scenario.request, options);
    return caller.expect === undefined
      ? { ...result, access }
      : { ...result, access, accessPass: caller.expect === access.decision };
  });
}

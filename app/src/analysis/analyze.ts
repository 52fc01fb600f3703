import {
  type CompiledPolicy,
  compileSource,
  type Decision,
  type Evaluation,
  type Finding,
  LineIndex,
  lintSourceReport,
  readPolicy,
  type SuppressedFinding,
} from '@trustwright/core';
import type { AcceptedFinding, ScenarioDraft } from '../state/workspace';

/**
 * Above this size live evaluation pauses: 50 times the largest trust policy AWS accepts, so no
 * real policy gets near it, while a stray 1 MB paste cannot freeze typing.
 */
export const LIVE_LIMIT = 4096 * 50;

export type PolicyAnalysis =
  | {
      readonly paused: false;
      readonly compiled: CompiledPolicy;
      readonly findings: readonly Finding[];
      /** Findings the author accepted, with their reasons. */
      readonly suppressed: readonly SuppressedFinding[];
      readonly lines: LineIndex;
    }
  /** No results for now: the text is too large to check live, or the page is starting. */
  | { readonly paused: true; readonly reason: 'too-large'; readonly size: number }
  | { readonly paused: true; readonly reason: 'starting' };

/**
 * What the first render shows: the page (editor, What-if panel) before any result, which follow
 * one render later, after the first paint (analysis-context.ts).
 */
export const STARTING: PolicyAnalysis = { paused: true, reason: 'starting' };

export function analyzePolicy(
  policyText: string,
  role: string,
  now: number,
  suppressions: readonly AcceptedFinding[] = [],
): PolicyAnalysis {
  if (policyText.length > LIVE_LIMIT) return { paused: true, reason: 'too-large', size: policyText.length };
  const source = readPolicy(policyText);
  const compiled = compileSource(source, role);
  const { findings, suppressed } = lintSourceReport(source, role, { now, suppressions });
  return { paused: false, compiled, findings, suppressed, lines: new LineIndex(policyText) };
}

export interface ScenarioOutcome {
  readonly decision: Decision;
  /** Undefined when the scenario states no expectation. */
  readonly pass: boolean | undefined;
  readonly evaluation: Evaluation;
  /** Problems with the request itself (malformed ARN, wrong-typed value), paths into the request. */
  readonly requestFindings: readonly Finding[];
}

export function evaluateScenarios(
  compiled: CompiledPolicy,
  scenarios: readonly ScenarioDraft[],
  now: number,
): ReadonlyMap<string, ScenarioOutcome> {
  const outcomes = new Map<string, ScenarioOutcome>();
  for (const s of scenarios) {
    const evaluation = compiled.evaluate(s.request, { now });
    outcomes.set(s.id, {
      decision: evaluation.decision,
      pass: s.expect === undefined ? undefined : s.expect === evaluation.decision,
      evaluation,
      requestFindings: evaluation.request.findings,
    });
  }
  return outcomes;
}

export const VERDICT_LABELS: Record<Decision, string> = {
  allow: 'Allow',
  'explicit-deny': 'Explicit deny',
  'implicit-deny': 'Implicit deny',
};

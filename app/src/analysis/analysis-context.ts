import { createContext, createElement, type ReactNode, useContext, useDeferredValue, useMemo } from 'react';
import { useFirstPaintDone } from '../layout/first-usable-paint';
import { useWorkspace } from '../state/workspace-store';
import {
  analyzePolicy,
  evaluateScenarios,
  type PolicyAnalysis,
  type ScenarioOutcome,
  STARTING,
} from './analyze';

export interface Analysis {
  readonly policy: PolicyAnalysis;
  readonly outcomes: ReadonlyMap<string, ScenarioOutcome>;
}

const NONE: ReadonlyMap<string, ScenarioOutcome> = new Map();
const AnalysisContext = createContext<Analysis | undefined>(undefined);

/**
 * Findings and every verdict, computed once per edit for the whole page. Deferred so that
 * typing stays ahead of evaluation when a policy is huge; real policies finish within the keystroke.
 * The first render has no analysis at all: the page paints and is usable first, and findings and
 * verdicts follow in the render after that paint (a cold lint and evaluation are a large part
 * of the first render's work, and grow with a restored workspace).
 */
export function AnalysisProvider({ children }: { readonly children: ReactNode }) {
  const policyText = useDeferredValue(useWorkspace((s) => s.policyText));
  const role = useDeferredValue(useWorkspace((s) => s.role));
  const scenarios = useDeferredValue(useWorkspace((s) => s.scenarios));
  const suppressions = useDeferredValue(useWorkspace((s) => s.suppressions));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the clock is read again on each edit, on purpose.
  const now = useMemo(() => Date.now(), [policyText, role, scenarios]);
  const started = useFirstPaintDone();
  const policy = useMemo(
    () => (started ? analyzePolicy(policyText, role, now, suppressions) : STARTING),
    [started, policyText, role, now, suppressions],
  );
  const outcomes = useMemo(
    () => (policy.paused ? NONE : evaluateScenarios(policy.compiled, scenarios, now)),
    [policy, scenarios, now],
  );
  const value = useMemo(() => ({ policy, outcomes }), [policy, outcomes]);
  return createElement(AnalysisContext.Provider, { value }, children);
}

export function useAnalysis(): Analysis {
  const analysis = useContext(AnalysisContext);
  if (analysis === undefined) throw new Error('useAnalysis needs an <AnalysisProvider> above it.');
  return analysis;
}

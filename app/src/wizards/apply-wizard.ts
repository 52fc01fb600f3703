import {
  type CombineMode,
  combine,
  diffPolicies,
  formatPolicy,
  type PolicyDiff,
  type WizardOutput,
} from '@trustwright/templates';
import { newScenarioId, uniqueName, type Workspace } from '../state/workspace';

export interface WizardPlan {
  readonly workspace: Workspace;
  readonly diff: PolicyDiff;
  /** The starter scenarios the plan adds (after renaming clashes). */
  readonly added: number;
}

/**
 * What applying a wizard would do to the work: the new policy text (replacing it, or adding the
 * wizard's statements to it) and the scenarios (the starter ones replace or join the list).
 * Computed before anything is written, so the app can show the diff first.
 */
export function planWizard(current: Workspace, output: WizardOutput, mode: CombineMode): WizardPlan {
  const policyText = formatPolicy(combine(current.policyText, output.statements, mode)).trimEnd();
  const kept = mode === 'add' ? current.scenarios : [];
  const names = kept.map((s) => s.name);
  const starters = output.scenarios.map((s) => {
    const name = uniqueName(s.name, names);
    names.push(name);
    return { id: newScenarioId(), name, request: s.request, expect: s.expect };
  });
  return {
    workspace: {
      policyText,
      role: current.role,
      scenarios: [...kept, ...starters],
      selectedId: starters[0]?.id ?? current.selectedId,
      suppressions: mode === 'add' ? current.suppressions : [],
    },
    diff: diffPolicies(current.policyText, policyText),
    added: starters.length,
  };
}

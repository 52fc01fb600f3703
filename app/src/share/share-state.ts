import type { Decision } from '@trustwright/core';
import type { ShareState } from '@trustwright/share';
import { newScenarioId, toContractScenario, type Workspace } from '../state/workspace';

const DECISIONS: readonly string[] = ['allow', 'explicit-deny', 'implicit-deny'];

/** What a link carries: the policy text verbatim, the role, the scenarios and the selection. */
export function toShareState(workspace: Workspace, view: 'edit' | 'review'): ShareState {
  const selected = workspace.scenarios.findIndex((s) => s.id === workspace.selectedId);
  return {
    policyText: workspace.policyText,
    ...(workspace.role === '' ? {} : { role: workspace.role }),
    scenarios: workspace.scenarios.map(toContractScenario),
    ...(selected >= 0 ? { selected } : {}),
    ...(workspace.suppressions.length === 0 ? {} : { suppressions: workspace.suppressions }),
    view,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A decoded link as a workspace. The codec has bounded and shaped it; here each scenario is
 * taken apart field by field, so nothing unexpected rides along into the app's state.
 */
export function fromShareState(state: ShareState): Workspace {
  const scenarios = state.scenarios.map((raw, i) => {
    const s: Record<string, unknown> = isRecord(raw) ? raw : {};
    const expect =
      typeof s.expect === 'string' && DECISIONS.includes(s.expect) ? (s.expect as Decision) : undefined;
    return {
      id: newScenarioId(),
      name: typeof s.name === 'string' && s.name !== '' ? s.name : `Scenario ${i + 1}`,
      request: s.request,
      expect,
    };
  });
  const selected =
    typeof state.selected === 'number'
      ? scenarios[state.selected]
      : typeof state.selected === 'string'
        ? scenarios.find((s) => s.name === state.selected)
        : undefined;
  return {
    policyText: state.policyText,
    role: state.role ?? '',
    scenarios,
    selectedId: selected?.id ?? scenarios[0]?.id,
    suppressions: (state.suppressions ?? []).map((x) =>
      x.path === undefined
        ? { code: x.code, reason: x.reason }
        : { code: x.code, path: x.path, reason: x.reason },
    ),
  };
}

/** Whether two workspaces hold the same work (ids aside): then opening a link loses nothing. */
export function sameWork(a: Workspace, b: Workspace): boolean {
  const strip = (w: Workspace) =>
    JSON.stringify([
      w.policyText,
      w.role,
      w.scenarios.map((s) => [s.name, s.request, s.expect ?? null]),
      w.suppressions,
    ]);
  return strip(a) === strip(b);
}

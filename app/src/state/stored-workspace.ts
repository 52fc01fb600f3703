import type { Decision } from '@trustwright/core';
import type { AcceptedFinding, ScenarioDraft, Workspace } from './workspace';

/**
 * What autosave may hand back. localStorage is ours, but it can be stale, edited by hand or
 * written by an older version: anything that does not fit is refused, never half-loaded.
 *
 * A hand-written check rather than a zod schema: this runs at startup, and importing zod there
 * put its whole core into the first download (zod stays in the lazy form and wizard chunks).
 */
export function readStoredWorkspace(value: unknown): Workspace | undefined {
  if (!isRecord(value)) return undefined;
  const { policyText, role, scenarios, selectedId, suppressions } = value;
  if (typeof policyText !== 'string' || typeof role !== 'string' || !Array.isArray(scenarios))
    return undefined;
  if (selectedId !== undefined && typeof selectedId !== 'string') return undefined;
  const drafts: ScenarioDraft[] = [];
  for (const s of scenarios) {
    const draft = readScenario(s);
    if (draft === undefined) return undefined;
    drafts.push(draft);
  }
  // Absent in autosaves written before suppressions existed.
  const accepted: AcceptedFinding[] = [];
  if (suppressions !== undefined) {
    if (!Array.isArray(suppressions)) return undefined;
    for (const s of suppressions) {
      const finding = readAcceptedFinding(s);
      if (finding === undefined) return undefined;
      accepted.push(finding);
    }
  }
  return {
    policyText,
    role,
    scenarios: drafts,
    selectedId: drafts.some((s) => s.id === selectedId) ? selectedId : undefined,
    suppressions: accepted,
  };
}

const DECISIONS: readonly unknown[] = ['allow', 'explicit-deny', 'implicit-deny'] satisfies Decision[];

function readScenario(value: unknown): ScenarioDraft | undefined {
  if (!isRecord(value)) return undefined;
  const { id, name, request, expect } = value;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string') return undefined;
  if (expect !== undefined && !DECISIONS.includes(expect)) return undefined;
  return { id, name, request, expect: expect as Decision | undefined };
}

function readAcceptedFinding(value: unknown): AcceptedFinding | undefined {
  if (!isRecord(value)) return undefined;
  const { code, path, reason } = value;
  if (typeof code !== 'string' || typeof reason !== 'string') return undefined;
  if (path === undefined) return { code, reason };
  return typeof path === 'string' ? { code, path, reason } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import * as z from 'zod/mini';
import type { Workspace } from './workspace';

/**
 * What autosave may hand back. localStorage is ours, but it can be stale, edited by hand or
 * written by an older version: anything that does not fit is refused, never half-loaded.
 */
export const storedWorkspaceSchema = z.object({
  policyText: z.string(),
  role: z.string(),
  scenarios: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      name: z.string(),
      request: z.unknown(),
      expect: z.optional(z.enum(['allow', 'explicit-deny', 'implicit-deny'])),
    }),
  ),
  selectedId: z.optional(z.string()),
  // Absent in autosaves written before suppressions existed.
  suppressions: z.optional(
    z.array(z.object({ code: z.string(), path: z.optional(z.string()), reason: z.string() })),
  ),
});

export function readStoredWorkspace(value: unknown): Workspace | undefined {
  const parsed = storedWorkspaceSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { policyText, role, scenarios, selectedId, suppressions } = parsed.data;
  return {
    policyText,
    role,
    scenarios: scenarios.map((s) => ({ id: s.id, name: s.name, request: s.request, expect: s.expect })),
    selectedId: scenarios.some((s) => s.id === selectedId) ? selectedId : undefined,
    suppressions: (suppressions ?? []).map((x) =>
      x.path === undefined
        ? { code: x.code, reason: x.reason }
        : { code: x.code, path: x.path, reason: x.reason },
    ),
  };
}

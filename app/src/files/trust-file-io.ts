import {
  type FormatResult,
  formatTrustFile,
  LineIndex,
  parseTrustFile,
  policyTextOf,
} from '@trustwright/core';
import { newScenarioId, toContractScenario, type Workspace } from '../state/workspace';

export type OpenResult =
  | { readonly ok: true; readonly workspace: Workspace }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a `.trust.json` or a bare policy into a workspace. A file that is not JSON or does not
 * follow the trust-file format is refused with the line and column of the first problem; a
 * scenario whose request has a bad value still opens, and shows the error at its field. JSON
 * that is not an object opens as a bare policy AWS rejects, its error shown with the findings.
 */
export function workspaceFromText(text: string, fileName: string): OpenResult {
  const { file, findings } = parseTrustFile(text);
  const blocking = findings.find((f) => f.severity === 'error' && f.category !== 'request');
  if (file === undefined || blocking !== undefined) {
    const problem = blocking ?? findings[0];
    const where =
      problem?.span === undefined
        ? ''
        : (({ line, column }) => `:${line}:${column}`)(new LineIndex(text).positionAt(problem.span.start));
    return {
      ok: false,
      message: `${fileName}${where}: ${problem?.message ?? 'not a trust file or a policy.'} Nothing was changed.`,
    };
  }
  const scenarios = file.scenarios.map((s) => ({
    id: newScenarioId(),
    name: s.name,
    request: s.request,
    expect: s.expect,
  }));
  return {
    ok: true,
    workspace: {
      policyText: policyTextOf(file),
      role: file.role ?? '',
      scenarios,
      selectedId: scenarios[0]?.id,
      suppressions: file.suppressions.map((x) => ({
        code: x.code,
        reason: x.reason,
        ...(typeof x.path === 'string' ? { path: x.path } : {}),
      })),
    },
  };
}

export function trustFileText(workspace: Workspace): FormatResult {
  return formatTrustFile({
    policyText: workspace.policyText,
    role: workspace.role,
    scenarios: workspace.scenarios.map(toContractScenario),
    suppressions: workspace.suppressions.map((x) =>
      x.path === undefined
        ? { code: x.code, reason: x.reason }
        : { code: x.code, path: x.path, reason: x.reason },
    ),
  });
}

/** A file name for the download, from the role name when there is one. */
export function downloadName(role: string): string {
  const name = /:role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(role)?.[1];
  return `${name ?? 'trust-policy'}.trust.json`;
}

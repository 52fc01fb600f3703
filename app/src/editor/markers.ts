import type { Finding } from '@trustwright/core';
import type * as Monaco from 'monaco-editor/editor';

type MarkerSeverity = typeof Monaco.MarkerSeverity;

/** Findings as Monaco markers; a finding without a span marks the first character. */
export function findingsToMarkers(
  model: Monaco.editor.ITextModel,
  findings: readonly Finding[],
  severity: MarkerSeverity,
): Monaco.editor.IMarkerData[] {
  const length = model.getValueLength();
  return findings.map((f) => {
    const start = model.getPositionAt(Math.min(f.span?.start ?? 0, length));
    const end = model.getPositionAt(Math.min(Math.max(f.span?.end ?? 1, (f.span?.start ?? 0) + 1), length));
    return {
      severity:
        f.severity === 'error' ? severity.Error : f.severity === 'warning' ? severity.Warning : severity.Info,
      message: f.help === undefined ? f.message : `${f.message}\n${f.help}`,
      code: f.code,
      source: 'trustwright',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
}

import type { ImportProblem, RoleScanResult, ScanFinding } from '@trustwright/formats';

/** One role of `scan --json`: flat, with 1-based lines and columns (see the CLI README). */
export function roleJson(r: RoleScanResult) {
  return {
    file: r.file,
    format: r.format,
    address: r.address,
    name: r.name,
    arn: r.arn,
    account: r.account,
    line: r.location.line,
    column: r.location.column,
    reviewed: r.reviewed,
    encoding: r.encoding,
    counts: r.counts,
    findings: r.findings.map(findingJson),
    scenarios: r.scenarios,
    whoCanAssume: r.who.map(({ path: _, ...p }) => p),
  };
}

export function findingJson(f: ScanFinding | ImportProblem) {
  return {
    file: f.file,
    code: f.code,
    severity: f.severity,
    ...('source' in f ? { source: f.source } : {}),
    message: f.message,
    ...('path' in f && f.path !== undefined ? { path: f.path } : {}),
    ...('address' in f && f.address !== undefined ? { address: f.address } : {}),
    ...(f.location === undefined
      ? {}
      : {
          line: f.location.line,
          column: f.location.column,
          endLine: f.location.endLine,
          endColumn: f.location.endColumn,
        }),
  };
}

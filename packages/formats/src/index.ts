/**
 * @trustwright/formats: trust policies where they live. Import roles from Terraform,
 * CloudFormation (and CDK output), `terraform show -json` and AWS CLI exports, with every value
 * traced to its place in the source; export a policy to those formats; scan many roles at once.
 * Pure TypeScript: no I/O, no DOM, no eval, no WebAssembly (runs in a Web Worker).
 */

export { INTRINSICS, type Parameters } from './cloudformation/intrinsics.js';
export { SHORT_FORM_TAGS } from './cloudformation/yaml-template.js';
export { detectFormat, type FormatDetection } from './detect/detect-format.js';
export {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportRole,
  exportPolicy,
  exportRoles,
  type RolesExport,
} from './export/export-policy.js';
export type { ExportOptions } from './export/names.js';
export type { ExportResult, PolicyObject } from './export/result.js';
export { shellQuote } from './export/to-aws-cli.js';
export {
  DEFAULT_MAX_DOCUMENT_CHARS,
  type ImportEvent,
  type ImportOptions,
  importFile,
  importFiles,
  readFiles,
} from './import/read-files.js';
export { fileOffset, locate, type PolicySourceMap, sourceRanges } from './model/source-map.js';
export {
  FORMATS,
  type FormatId,
  IMPORT_PROBLEM_CODES,
  type ImportedRole,
  type ImportedScenario,
  type ImportProblem,
  type ImportProblemCode,
  type ImportResult,
  type InputFile,
  type PolicyEncoding,
  type SourceLocation,
  type UnresolvedValue,
} from './model/types.js';
export {
  nextBatch,
  type RoleScanResult,
  type ScanEvent,
  type ScanFinding,
  type ScanOptions,
  type ScanProgress,
  type ScanReport,
  type ScenarioOutcome,
  scan,
  scanAll,
} from './scan/scan.js';
export type { RuleCount, ScanSummary } from './scan/summary.js';
export { type AccountRelation, type TrustedPrincipal, whoCanAssume } from './scan/who-can-assume.js';

import {
  compileSource,
  type Decision,
  type Finding,
  formatPath,
  lintSource,
  type PolicySource,
  parseRoleArn,
  type Severity,
} from '@trustwright/core';
import { type ImportEvent, type ImportOptions, readFilesWith } from '../import/read-files.js';
import { Locator } from '../model/location.js';
import { locate, type PolicySourceMap } from '../model/source-map.js';
import type {
  FormatId,
  ImportedRole,
  ImportProblem,
  InputFile,
  PolicyEncoding,
  SourceLocation,
} from '../model/types.js';
import { type ScanSummary, SummaryBuilder } from './summary.js';
import { isPrefix, type TrustedPrincipal, whoCanAssume } from './who-can-assume.js';

export interface ScanOptions extends ImportOptions {
  /** The clock (epoch ms) for date rules and scenarios without aws:CurrentTime. Default: now. */
  readonly now?: number;
  /** Keep each role's policy and source map in its result (the app does, to open a role). Default true. */
  readonly keepPolicies?: boolean;
  /** A progress event every this many roles (and at every file boundary). Default 250. */
  readonly progressEvery?: number;
}

/** A finding about one role, located in its source file. */
export interface ScanFinding {
  readonly code: string;
  readonly severity: Severity;
  /** `lint`: core's rules on the policy; `import`: reading the role from its source. */
  readonly source: 'lint' | 'import';
  readonly message: string;
  readonly help?: string;
  /** The file the location is in (a Terraform data source may sit in another file than its role). */
  readonly file: string;
  /** Readable JSON path inside the policy (`Statement[0].Principal.AWS`), when the finding has one. */
  readonly path?: string;
  readonly location?: SourceLocation;
}

export interface ScenarioOutcome {
  readonly name: string;
  readonly expect?: Decision;
  readonly decision: Decision;
  /** Undefined when the scenario has no expectation. */
  readonly pass?: boolean;
}

/** Everything the scan says about one role. */
export interface RoleScanResult {
  /** Position in scan order, from 0: a stable key for tables. */
  readonly index: number;
  readonly file: string;
  readonly format: FormatId;
  readonly address: string;
  readonly name: string | undefined;
  readonly arn: string | undefined;
  /** The role's account, from its ARN. */
  readonly account: string | undefined;
  readonly location: SourceLocation;
  /** False when the policy could not be read (see the import findings). */
  readonly reviewed: boolean;
  readonly encoding: PolicyEncoding | undefined;
  readonly findings: readonly ScanFinding[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly scenarios: readonly ScenarioOutcome[];
  readonly who: readonly TrustedPrincipal[];
  /** The imported role (policy, source map, unresolved values), unless `keepPolicies` is false. */
  readonly role?: ImportedRole;
}

export interface ScanProgress {
  readonly filesDone: number;
  readonly files: number;
  /** Characters read, over every file: a smooth measure for a progress bar. */
  readonly charsDone: number;
  readonly chars: number;
  readonly roles: number;
}

export type ScanEvent =
  | { readonly kind: 'file'; readonly file: string; readonly format: FormatId | undefined }
  | { readonly kind: 'role'; readonly result: RoleScanResult }
  | Extract<ImportEvent, { kind: 'file-done' }>
  | { readonly kind: 'progress'; readonly progress: ScanProgress };

/**
 * Bulk review, lazily: reads every file (any mix of formats), and for each role lints its
 * policy with core, runs its scenarios and lists who can assume it. Yields a `role` event per
 * role, file events and `progress` events; returns the summary when done. Pure and
 * synchronous: a Web Worker pulls events in batches (see `nextBatch`) and posts them. Never
 * throws on bad input.
 */
export function* scan(
  files: readonly InputFile[],
  options: ScanOptions = {},
): Generator<ScanEvent, ScanSummary, undefined> {
  const now = options.now ?? Date.now();
  const every = Math.max(1, options.progressEvery ?? 250);
  const locators = new Map(files.map((f) => [f.name, new Locator(f.text)]));

  const sizes = new Map(files.map((f) => [f.name, f.text.length]));
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  const summary = new SummaryBuilder();
  let filesDone = 0;
  let charsBefore = 0;
  let index = 0;
  let fileChars = 0;
  const progress = (): ScanEvent => ({
    kind: 'progress',
    progress: { filesDone, files: files.length, charsDone: charsBefore + fileChars, chars, roles: index },
  });
  for (const event of readFilesWith(files, options, locators)) {
    if (event.kind === 'file') {
      summary.addFile();
      yield { kind: 'file', file: event.file, format: event.format };
    } else if (event.kind === 'role') {
      const result = reviewRole(event.role, index++, now, locators, options.keepPolicies ?? true);
      summary.addRole(result);
      fileChars = Math.max(fileChars, event.role.location.end);
      yield { kind: 'role', result };
      if (index % every === 0) yield progress();
    } else {
      summary.addProblems(event.problems);
      filesDone++;
      charsBefore += sizes.get(event.file) ?? 0;
      fileChars = 0;
      yield event;
      yield progress();
    }
  }
  return summary.result();
}

/** Everything at once: the roles, the file problems and the summary. */
export interface ScanReport {
  readonly roles: readonly RoleScanResult[];
  readonly problems: readonly ImportProblem[];
  readonly summary: ScanSummary;
}

export function scanAll(files: readonly InputFile[], options: ScanOptions = {}): ScanReport {
  const roles: RoleScanResult[] = [];
  const problems: ImportProblem[] = [];
  const it = scan(files, options);
  for (;;) {
    const step = it.next();
    if (step.done === true) return { roles, problems, summary: step.value };
    const event = step.value;
    if (event.kind === 'role') roles.push(event.result);
    else if (event.kind === 'file-done') problems.push(...event.problems);
  }
}

/**
 * Up to `size` events from a scan, and the summary once it is done: what a Web Worker posts
 * in one message before it yields to its event loop.
 */
export function nextBatch(
  iterator: Iterator<ScanEvent, ScanSummary, undefined>,
  size: number,
): { events: ScanEvent[]; summary: ScanSummary | undefined } {
  const events: ScanEvent[] = [];
  while (events.length < size) {
    const step = iterator.next();
    if (step.done === true) return { events, summary: step.value };
    events.push(step.value);
  }
  return { events, summary: undefined };
}

/** Lints one role, runs its scenarios and lists who can assume it. */
export function reviewRole(
  role: ImportedRole,
  index: number,
  now: number,
  locators: ReadonlyMap<string, Locator>,
  keep = true,
): RoleScanResult {
  const texts = locators;
  const findings: ScanFinding[] = role.problems.map((p) => ({
    code: p.code,
    severity: p.severity,
    source: 'import',
    message: p.message,
    file: p.file,
    ...(p.location === undefined ? {} : { location: p.location }),
  }));
  const map = role.sourceMap;
  const parsedArn = role.arn === undefined ? undefined : parseRoleArn(role.arn);
  const account = parsedArn === undefined || 'error' in parsedArn ? undefined : parsedArn.account;
  let scenarios: ScenarioOutcome[] = [];
  let who: TrustedPrincipal[] = [];
  if (map !== undefined && role.encoding !== undefined) {
    const source: PolicySource = { root: map.tree, text: policyText(role, map, texts), findings: [] };
    const lint = lintSource(source, role.arn, { now, suppressions: role.suppressions });
    for (const f of lint) {
      // A placeholder for an unresolved value is not what the deployment will hold: findings
      // about it would be noise. The unresolved-value finding stands in for them.
      if (role.unresolved.some((u) => isPrefix(u.path, f.path))) continue;
      findings.push(lintFinding(f, role, map, locators));
    }
    if (role.scenarios.length > 0) {
      const compiled = compileSource(source, role.arn);
      scenarios = role.scenarios.map((s) => {
        const decision = compiled.evaluate(s.request, { now }).decision;
        return {
          name: s.name,
          ...(s.expect === undefined ? {} : { expect: s.expect, pass: s.expect === decision }),
          decision,
        };
      });
    }
    who = whoCanAssume(map.tree, role.arn, role.unresolved);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    index,
    file: role.file,
    format: role.format,
    address: role.address,
    name: role.name,
    arn: role.arn,
    account,
    location: role.location,
    reviewed: role.encoding !== undefined,
    encoding: role.encoding,
    findings,
    counts,
    scenarios,
    who,
    ...(keep ? { role } : {}),
  };
}

/**
 * The policy's JSON text, which the size and character rules measure: the decoded text, or the
 * source itself for a JSON object in a JSON file (no copy of the policy needed); otherwise the
 * compact JSON of the value.
 */
function policyText(
  role: ImportedRole,
  map: PolicySourceMap,
  locators: ReadonlyMap<string, Locator>,
): string {
  if (map.text !== undefined) return map.text;
  const span = map.tree.span;
  const file = locators.get(role.file)?.text;
  if (
    role.encoding === 'object' &&
    role.unresolved.length === 0 &&
    map.table === undefined &&
    span !== undefined &&
    file !== undefined
  )
    return file.slice(map.offset + span.start, map.offset + span.end);
  return JSON.stringify(role.policy) ?? '';
}

function lintFinding(
  f: Finding,
  role: ImportedRole,
  map: PolicySourceMap,
  locators: ReadonlyMap<string, Locator>,
): ScanFinding {
  const file = map.file ?? role.file;
  const span = locate(map, f.path, f.target);
  const locator = locators.get(file);
  return {
    code: f.code,
    severity: f.severity,
    source: 'lint',
    message: f.message,
    ...(f.help === undefined ? {} : { help: f.help }),
    file,
    path: formatPath(f.path),
    ...(span === undefined || locator === undefined ? {} : { location: locator.at(span) }),
  };
}

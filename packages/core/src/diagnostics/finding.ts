import type { Span } from '../json/json-node.js';
import type { JsonPath, PathTarget } from '../json/json-path.js';

/** 'error' is reserved for "AWS would reject this" (the CLI's lint exits 1 on any). */
export type Severity = 'error' | 'warning' | 'info';

export type Category = 'syntax' | 'validity' | 'security' | 'correctness' | 'style' | 'request';

/**
 * One shape for JSON syntax errors, trust-file schema errors, policy findings and request
 * problems. `path` says where structurally; `span` (UTF-16 offsets into the text that was
 * parsed) is present whenever the input was text.
 */
export interface Finding {
  /** Stable kebab-case id, never reused. */
  readonly code: string;
  readonly severity: Severity;
  readonly category: Category;
  /** One specific sentence naming the value and the place. */
  readonly message: string;
  /** How to fix it, one or two sentences. */
  readonly help?: string;
  readonly path: JsonPath;
  readonly target: PathTarget;
  readonly span?: Span;
  readonly related?: readonly RelatedLocation[];
  readonly suggestions?: readonly Suggestion[];
}

export interface RelatedLocation {
  readonly message: string;
  readonly path: JsonPath;
  readonly span?: Span;
}

/** A mechanical edit. `changesAccess` edits are offered, never applied by themselves. */
export interface Suggestion {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly changesAccess: boolean;
}

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Document order, then severity: the order the CLI and the findings panel list them in. */
export function compareFindings(a: Finding, b: Finding): number {
  const byStart = (a.span?.start ?? Number.MAX_SAFE_INTEGER) - (b.span?.start ?? Number.MAX_SAFE_INTEGER);
  if (byStart !== 0) return byStart;
  return severityRank[a.severity] - severityRank[b.severity] || a.code.localeCompare(b.code);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

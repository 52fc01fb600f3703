import type { Finding, Severity } from '../diagnostics/finding.js';
import { type JsonPath, parsePath } from '../json/json-path.js';

/**
 * A reviewed decision to accept a finding: which rule, optionally where (the finding's path or
 * any path above it, e.g. `Statement[1]`), and why. A trust file can carry these in a top-level
 * `suppressions` array (the trust-file schema allows extra top-level keys), so the reason travels
 * with the policy.
 */
export interface Suppression {
  readonly code: string;
  /** `Statement[0].Condition` or `["Statement", 0, "Condition"]`; absent means everywhere. */
  readonly path?: JsonPath | string;
  readonly reason: string;
  /** Where the suppression itself is written, for reporting problems with it; default `suppressions[i]`. */
  readonly at?: JsonPath;
}

/** A finding a suppression accepted; the same shape as any finding, plus the reason. */
export interface SuppressedFinding extends Finding {
  readonly suppressed: { readonly reason: string };
}

export interface SuppressionResult {
  /** Findings still reported, plus problems with the suppressions themselves. */
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}

/**
 * Moves findings that a suppression covers out of the reported list. Errors are never
 * suppressed: AWS rejects the policy whatever the reason. A suppression that is unreadable,
 * has no reason, targets an error, or covers nothing is reported (path `suppressions[i]`), so
 * stale suppressions do not pile up unnoticed.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
): SuppressionResult {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const problems: Finding[] = [];
  const usable: { code: string; path: JsonPath; reason: string; index: number; at: JsonPath }[] = [];
  suppressions.forEach((s, index) => {
    const at = s.at ?? ['suppressions', index];
    const path = typeof s.path === 'string' ? parsePath(s.path) : (s.path ?? []);
    if (path === undefined) {
      problems.push(
        problem(
          at,
          'warning',
          `Suppression ${index + 1} has a path that cannot be read: ${JSON.stringify(s.path)}.`,
        ),
      );
    } else if (typeof s.reason !== 'string' || s.reason.trim() === '') {
      problems.push(
        problem(
          at,
          'warning',
          `Suppression ${index + 1} (${s.code}) gives no reason; a suppression must say why the finding is accepted.`,
        ),
      );
    } else {
      usable.push({ code: s.code, path, reason: s.reason, index, at });
    }
  });
  const used = new Set<number>();
  const refused = new Set<number>();
  for (const finding of findings) {
    const match = usable.find((s) => s.code === finding.code && startsWith(finding.path, s.path));
    if (match === undefined) {
      kept.push(finding);
    } else if (finding.severity === 'error') {
      refused.add(match.index);
      kept.push(finding);
    } else {
      used.add(match.index);
      suppressed.push({ ...finding, suppressed: { reason: match.reason } });
    }
  }
  for (const s of usable) {
    if (refused.has(s.index) && !used.has(s.index)) {
      problems.push(
        problem(
          s.at,
          'warning',
          `Suppression ${s.index + 1} targets ${s.code}, an error: errors cannot be suppressed, because AWS rejects the policy whatever the reason.`,
        ),
      );
    } else if (!used.has(s.index)) {
      problems.push(
        problem(
          s.at,
          'info',
          `Suppression ${s.index + 1} (${s.code}) matches no finding any more; remove it.`,
        ),
      );
    }
  }
  return { findings: [...kept, ...problems], suppressed };
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function problem(at: JsonPath, severity: Severity, message: string): Finding {
  return { code: 'invalid-suppression', severity, category: 'syntax', message, path: at, target: 'value' };
}

/**
 * Reads a `suppressions` value from a trust file (any JSON): the suppressions it can use, and a
 * finding (path `suppressions[...]`) for each entry it cannot. Never throws.
 */
export function parseSuppressions(value: unknown): { suppressions: Suppression[]; findings: Finding[] } {
  const suppressions: Suppression[] = [];
  const findings: Finding[] = [];
  if (value === undefined) return { suppressions, findings };
  if (!Array.isArray(value)) {
    findings.push(
      problem(['suppressions'], 'warning', '"suppressions" must be an array of {code, path?, reason}.'),
    );
    return { suppressions, findings };
  }
  value.forEach((item: unknown, index) => {
    const at = ['suppressions', index];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      findings.push(
        problem(at, 'warning', `Suppression ${index + 1} must be an object {code, path?, reason}.`),
      );
      return;
    }
    const record = item as Record<string, unknown>;
    const { code, path, reason } = record;
    const unknown = Object.keys(record).filter((k) => k !== 'code' && k !== 'path' && k !== 'reason');
    if (typeof code !== 'string' || code === '') {
      findings.push(
        problem(at, 'warning', `Suppression ${index + 1} needs "code", the id of the rule it accepts.`),
      );
    } else if (typeof reason !== 'string') {
      findings.push(
        problem(at, 'warning', `Suppression ${index + 1} (${code}) needs "reason", a sentence saying why.`),
      );
    } else if (path !== undefined && typeof path !== 'string') {
      findings.push(
        problem(
          at,
          'warning',
          `Suppression ${index + 1} (${code}): "path" must be a string such as "Statement[0].Principal".`,
        ),
      );
    } else if (unknown.length > 0) {
      findings.push(
        problem(
          at,
          'warning',
          `Suppression ${index + 1} (${code}) has unknown field ${JSON.stringify(unknown[0])}; use code, path and reason.`,
        ),
      );
    } else {
      suppressions.push(path === undefined ? { code, reason, at } : { code, path, reason, at });
    }
  });
  return { suppressions, findings };
}

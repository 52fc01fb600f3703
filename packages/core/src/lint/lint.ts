import { parseRoleArn } from '../arn/arn.js';
import { compareFindings, type Finding } from '../diagnostics/finding.js';
import type { TrustInput } from '../evaluate/compile.js';
import { normalizePolicy } from '../model/normalize.js';
import { type PolicySource, readPolicy } from '../model/read-policy.js';
import { systemNow } from '../request/resolve-request.js';
import type { Rule } from './define-rule.js';
import { RULES } from './rules/index.js';
import { runRules } from './run-rules.js';
import { applySuppressions, type SuppressedFinding, type Suppression } from './suppressions.js';

export interface LintOptions {
  /** The clock for date rules (epoch ms or Date); defaults to now. */
  readonly now?: number | Date;
  /** Rules to run; defaults to every rule. */
  readonly rules?: readonly Rule[];
  /**
   * Accepted findings (warnings and notes only; errors cannot be suppressed). `lint` leaves
   * them out; `lintReport` returns them separately with their reason.
   */
  readonly suppressions?: readonly Suppression[];
}

/** Reported findings, and the ones suppressions accepted. */
export interface LintReport {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}

/**
 * Every finding for a trust policy: syntax, what AWS would reject (severity error) and what is
 * dangerous. Never throws.
 */
export function lint(input: TrustInput, options: LintOptions = {}): Finding[] {
  return lintReport(input, options).findings;
}

export function lintSource(
  source: PolicySource,
  roleInput: string | null | undefined,
  options: LintOptions = {},
): Finding[] {
  return lintSourceReport(source, roleInput, options).findings;
}

/** `lint`, keeping the suppressed findings (for a "suppressed" list beside the findings panel). */
export function lintReport(input: TrustInput, options: LintOptions = {}): LintReport {
  return lintSourceReport(readPolicy(input.policy), input.role, options);
}

export function lintSourceReport(
  source: PolicySource,
  roleInput: string | null | undefined,
  options: LintOptions = {},
): LintReport {
  if (source.root === undefined || source.findings.length > 0)
    return { findings: [...source.findings], suppressed: [] };
  const now =
    options.now === undefined
      ? systemNow()
      : typeof options.now === 'number'
        ? options.now
        : options.now.getTime();
  const parsedRole = typeof roleInput === 'string' && roleInput !== '' ? parseRoleArn(roleInput) : undefined;
  const role = parsedRole !== undefined && !('error' in parsedRole) ? parsedRole : undefined;
  const findings = runRules(source, normalizePolicy(source.root), {
    rules: options.rules ?? RULES,
    role,
    now,
  });
  if (parsedRole !== undefined && 'error' in parsedRole) {
    findings.push({
      code: 'invalid-role',
      severity: 'error',
      category: 'request',
      message: parsedRole.error,
      path: ['role'],
      target: 'value',
    });
  }
  const suppressions = options.suppressions ?? [];
  if (suppressions.length === 0) return { findings: findings.sort(compareFindings), suppressed: [] };
  const result = applySuppressions(findings, suppressions);
  return {
    findings: result.findings.sort(compareFindings),
    suppressed: result.suppressed.sort(compareFindings),
  };
}

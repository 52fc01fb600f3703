import { parseRoleArn } from '../arn/arn.js';
import { compareFindings, type Finding } from '../diagnostics/finding.js';
import type { TrustInput } from '../evaluate/compile.js';
import { normalizePolicy } from '../model/normalize.js';
import { type PolicySource, readPolicy } from '../model/read-policy.js';
import { systemNow } from '../request/resolve-request.js';
import type { Rule } from './define-rule.js';
import { RULES } from './rules/index.js';
import { runRules } from './run-rules.js';

export interface LintOptions {
  /** The clock for date rules (epoch ms or Date); defaults to now. */
  readonly now?: number | Date;
  /** Rules to run; defaults to every rule. */
  readonly rules?: readonly Rule[];
}

/**
 * Every finding for a trust policy: syntax, what AWS would reject (severity error) and what is
 * dangerous. Never throws.
 */
export function lint(input: TrustInput, options: LintOptions = {}): Finding[] {
  return lintSource(readPolicy(input.policy), input.role, options);
}

export function lintSource(
  source: PolicySource,
  roleInput: string | null | undefined,
  options: LintOptions = {},
): Finding[] {
  if (source.root === undefined || source.findings.length > 0) return [...source.findings];
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
  return findings.sort(compareFindings);
}

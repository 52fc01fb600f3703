import { type ExportOptions, roleNameOf } from './names.js';
import type { ExportResult, PolicyObject } from './result.js';

/**
 * One POSIX shell word: single quotes keep everything literal (`$`, backticks, `\`, `!`,
 * newlines); a single quote itself is closed, escaped and reopened: `'\''`.
 */
export function shellQuote(word: string): string {
  return `'${word.replaceAll("'", "'\\''")}'`;
}

export function toAwsCliCreateRole(policy: PolicyObject, options: ExportOptions = {}): ExportResult {
  return {
    ok: true,
    text: `aws iam create-role --role-name ${shellQuote(roleNameOf(options))} --assume-role-policy-document ${shellQuote(JSON.stringify(policy))}\n`,
    exact: true,
  };
}

export function toAwsCliUpdateAssumeRolePolicy(
  policy: PolicyObject,
  options: ExportOptions = {},
): ExportResult {
  return {
    ok: true,
    text: `aws iam update-assume-role-policy --role-name ${shellQuote(roleNameOf(options))} --policy-document ${shellQuote(JSON.stringify(policy))}\n`,
    exact: true,
  };
}

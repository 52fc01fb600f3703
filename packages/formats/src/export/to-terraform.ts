import { hclString, hclValue } from './hcl-text.js';
import { type ExportOptions, roleNameOf, terraformLabel } from './names.js';
import type { ExportResult, PolicyObject } from './result.js';

/** `resource "aws_iam_role"` with `assume_role_policy = jsonencode({...})`: exact for every policy. */
export function toTerraformJsonencode(policy: PolicyObject, options: ExportOptions = {}): ExportResult {
  const name = roleNameOf(options);
  const text = [
    `resource "aws_iam_role" ${hclString(terraformLabel(name))} {`,
    `  name = ${hclString(name)}`,
    `  assume_role_policy = jsonencode(${hclValue(policy, '  ')})`,
    '}',
    '',
  ].join('\n');
  return { ok: true, text, exact: true };
}

const STATEMENT_KEYS: Readonly<Record<string, string>> = {
  Action: 'actions',
  NotAction: 'not_actions',
  Resource: 'resources',
  NotResource: 'not_resources',
};

/**
 * A `data "aws_iam_policy_document"` and the role that uses it. Refused (with the reason) for
 * what the data source cannot write exactly: no Version or Effect (it would add its defaults),
 * elements it has no argument for, non-string principals or actions, empty lists.
 */
export function toTerraformPolicyDocument(policy: PolicyObject, options: ExportOptions = {}): ExportResult {
  const name = roleNameOf(options);
  const label = terraformLabel(name);
  const lines: string[] = [`data "aws_iam_policy_document" ${hclString(`${label}_trust`)} {`];
  const refuse = (reason: string): ExportResult => ({
    ok: false,
    reason: `The policy cannot be written as an aws_iam_policy_document: ${reason} Use jsonencode instead.`,
  });
  for (const key of Object.keys(policy))
    if (key !== 'Version' && key !== 'Id' && key !== 'Statement')
      return refuse(`it has a top-level "${key}", which the data source cannot write.`);
  if (typeof policy.Version !== 'string')
    return refuse('it has no Version string (the data source would write "2012-10-17").');
  lines.push(`  version = ${hclString(policy.Version)}`);
  if (policy.Id !== undefined) {
    if (typeof policy.Id !== 'string') return refuse('its Id is not a string.');
    lines.push(`  policy_id = ${hclString(policy.Id)}`);
  }
  const statements = Array.isArray(policy.Statement)
    ? policy.Statement
    : policy.Statement === undefined
      ? []
      : [policy.Statement];
  if (statements.length === 0) return refuse('it has no statements.');
  for (const [i, s] of statements.entries()) {
    const problem = statement(s, i, lines);
    if (problem !== undefined) return refuse(problem);
  }
  lines.push('}', '');
  lines.push(
    `resource "aws_iam_role" ${hclString(label)} {`,
    `  name = ${hclString(name)}`,
    `  assume_role_policy = data.aws_iam_policy_document.${label}_trust.json`,
    '}',
    '',
  );
  return { ok: true, text: lines.join('\n'), exact: true };
}

function statement(s: unknown, i: number, lines: string[]): string | undefined {
  const label = `statement ${i + 1}`;
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return `${label} is not an object.`;
  const st = s as Record<string, unknown>;
  lines.push('', '  statement {');
  for (const key of Object.keys(st))
    if (
      !['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Condition', ...Object.keys(STATEMENT_KEYS)].includes(
        key,
      )
    )
      return `${label} has "${key}", which the data source has no argument for.`;
  if (st.Sid !== undefined) {
    if (typeof st.Sid !== 'string') return `the Sid of ${label} is not a string.`;
    lines.push(`    sid    = ${hclString(st.Sid)}`);
  }
  if (st.Effect !== 'Allow' && st.Effect !== 'Deny')
    return `the Effect of ${label} is not "Allow" or "Deny".`;
  lines.push(`    effect = ${hclString(st.Effect)}`);
  for (const [key, argument] of Object.entries(STATEMENT_KEYS)) {
    if (st[key] === undefined) continue;
    const list = strings(st[key]);
    if (list === undefined) return `${key} in ${label} is not a string or a non-empty list of strings.`;
    lines.push(`    ${argument} = [${list.map(hclString).join(', ')}]`);
  }
  for (const [key, block] of [
    ['Principal', 'principals'],
    ['NotPrincipal', 'not_principals'],
  ] as const) {
    const value = st[key];
    if (value === undefined) continue;
    if (value === '*') {
      lines.push(`    ${block} {`, '      type        = "*"', '      identifiers = ["*"]', '    }');
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `${key} in ${label} is not "*" or an object.`;
    const entries = Object.entries(value);
    if (entries.length === 0) return `${key} in ${label} is empty.`;
    for (const [type, ids] of entries) {
      const list = strings(ids);
      if (list === undefined || type === '*')
        return `${key}.${type} in ${label} is not a string or a non-empty list of strings.`;
      lines.push(
        `    ${block} {`,
        `      type        = ${hclString(type)}`,
        `      identifiers = [${list.map(hclString).join(', ')}]`,
        '    }',
      );
    }
  }
  if (st.Condition !== undefined) {
    const condition = st.Condition;
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition))
      return `the Condition of ${label} is not an object.`;
    for (const [test, keys] of Object.entries(condition)) {
      if (typeof keys !== 'object' || keys === null || Array.isArray(keys) || Object.keys(keys).length === 0)
        return `Condition.${test} in ${label} is not an object of keys.`;
      for (const [variable, values] of Object.entries(keys)) {
        const list = scalars(values);
        if (list === undefined)
          return `Condition.${test}.${variable} in ${label} is not a scalar or a non-empty list of scalars.`;
        lines.push(
          '    condition {',
          `      test     = ${hclString(test)}`,
          `      variable = ${hclString(variable)}`,
          `      values   = [${list.map(hclString).join(', ')}]`,
          '    }',
        );
      }
    }
  }
  lines.push('  }');
  return undefined;
}

function strings(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((v): v is string => typeof v === 'string')) return undefined;
  return list;
}

/** Condition values: the data source writes strings; IAM compares numbers and booleans as that text. */
function scalars(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) return undefined;
  const out: string[] = [];
  for (const v of list) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out.push(String(v));
    else return undefined;
  }
  return out;
}

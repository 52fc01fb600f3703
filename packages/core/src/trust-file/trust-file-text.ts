import type { Finding } from '../diagnostics/finding.js';
import { describeKind, getMember, toJsonValue } from '../json/json-node.js';
import { spanAt } from '../json/json-path.js';
import { parseJson } from '../json/parse-json.js';
import type { TrustFile } from './trust-file.js';

/** What an editor holds: the policy as the user typed it, plus the role and the scenarios. */
export interface TrustFileParts {
  readonly policyText: string;
  readonly role?: string | undefined;
  /** Scenarios in the contract's shape (`{ name, request, expect? }`), as plain JSON values. */
  readonly scenarios: readonly unknown[];
  /** The caller's side of scenarios by scenario name; written as the top-level `callerPolicies` object. */
  readonly callerPolicies?: Readonly<Record<string, unknown>> | undefined;
  /** Accepted findings with their reasons; written as the top-level `suppressions` array. */
  readonly suppressions?: readonly {
    readonly code: string;
    readonly path?: string;
    readonly reason: string;
  }[];
}

export type FormatResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: Finding };

/**
 * Writes a trust file whose `policy` is the editor's text itself, only re-indented, so that
 * reading it back with {@link policyTextOf} gives the same text: formatting, key order and
 * duplicate keys survive a download and an open. JSON strings cannot hold raw line breaks, so
 * every line break in valid policy text is whitespace between tokens and re-indenting is safe.
 */
export function formatTrustFile(parts: TrustFileParts): FormatResult {
  const policyText = parts.policyText.trim();
  const parsed = parseJson(policyText);
  if (parsed.errors.length > 0 || parsed.root === undefined) {
    const error = parsed.errors[0];
    return {
      ok: false,
      error: {
        code: 'json-syntax',
        severity: 'error',
        category: 'syntax',
        message: `The policy is not valid JSON (${error?.message ?? 'no value'}); fix it before saving a trust file.`,
        path: [],
        target: 'value',
        ...(error === undefined ? {} : { span: error.span }),
      },
    };
  }
  if (parsed.root.kind !== 'object') {
    // The trust-file format holds the policy as an object; writing another value would give a
    // file that neither the app nor the CLI can open again.
    return {
      ok: false,
      error: {
        code: 'policy-not-object',
        severity: 'error',
        category: 'syntax',
        message: `The policy is ${describeKind(parsed.root)}, not a JSON object with Version and Statement; fix it before saving a trust file.`,
        path: [],
        target: 'value',
        ...(parsed.root.span === undefined ? {} : { span: parsed.root.span }),
      },
    };
  }
  const fields: string[] = [];
  if (parts.role !== undefined && parts.role !== '') fields.push(`  "role": ${JSON.stringify(parts.role)}`);
  fields.push(`  "policy": ${indentLines(policyText, '  ')}`);
  if (parts.scenarios.length > 0)
    fields.push(`  "scenarios": ${indentLines(JSON.stringify(parts.scenarios, null, 2), '  ')}`);
  if (parts.callerPolicies !== undefined && Object.keys(parts.callerPolicies).length > 0)
    fields.push(`  "callerPolicies": ${indentLines(JSON.stringify(parts.callerPolicies, null, 2), '  ')}`);
  if (parts.suppressions !== undefined && parts.suppressions.length > 0)
    fields.push(`  "suppressions": ${indentLines(JSON.stringify(parts.suppressions, null, 2), '  ')}`);
  return { ok: true, text: `{\n${fields.join(',\n')}\n}\n` };
}

/**
 * The policy's text inside a trust file, as it was written there, with the indentation of its
 * `"policy"` line taken off the lines after the first. For a bare policy, the whole text.
 */
export function policyTextOf(file: TrustFile): string {
  const text = file.text;
  if (text === undefined)
    return file.policy.root === undefined ? '{}' : JSON.stringify(toJsonValue(file.policy.root), null, 2);
  if (file.policyPath.length === 0) return text.trim();
  const span = spanAt(file.root, file.policyPath);
  if (span === undefined) return text.trim();
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, span.start))?.[0] ?? '';
  return dedentLines(text.slice(span.start, span.end), indent);
}

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line.trim() === '' ? line : indent + line))
    .join('\n');
}

function dedentLines(text: string, indent: string): string {
  if (indent === '') return text;
  return text
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}

/** The file's top-level `callerPolicies` as written (plain JSON), to write back with `formatTrustFile`. */
export function callerPoliciesOf(file: TrustFile): Record<string, unknown> | undefined {
  if (file.root.kind !== 'object') return undefined;
  const member = getMember(file.root, 'callerPolicies')?.value;
  if (member?.kind !== 'object') return undefined;
  return toJsonValue(member) as Record<string, unknown>;
}

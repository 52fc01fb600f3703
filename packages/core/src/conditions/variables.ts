import { ANY_CHAR, ANY_RUN, type GlobPart, globParts } from '../text/glob.js';

/**
 * Policy variables in condition values: `${aws:username}`, `${aws:PrincipalTag/team, 'dev'}`,
 * and the escapes `${*}`, `${?}`, `${$}`. Only under Version 2012-10-17.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
export interface VariablePart {
  readonly variable: string;
  /** Lower-cased key for context lookup (key names are case-insensitive). */
  readonly keyLower: string;
  readonly fallback: string | undefined;
}

/** Literal text, a wildcard (Like operators only) or a variable. */
export type TemplatePart = GlobPart | VariablePart;

/** `key` or `key, 'default'` (spaces allowed around the comma). The key is not trimmed. */
const WITH_DEFAULT = /^([^,]*?) *, *'([^']*)'$/;

/**
 * Splits a policy value into parts. With `wildcards`, bare `*` and `?` are wildcards; escaped
 * ones (`${*}`) and text substituted from variables are always literal. Every closed `${...}` is
 * a variable (a malformed one such as `${a b}` names no key, so it has no value); an unclosed
 * `${` is literal text. The linter reports both.
 */
export function parseTemplate(value: string, variables: boolean, wildcards: boolean): TemplatePart[] {
  const literal = (text: string): GlobPart[] => (wildcards ? globParts(text) : text === '' ? [] : [text]);
  if (!variables || !value.includes('${')) return literal(value);
  const parts: TemplatePart[] = [];
  let rest = value;
  while (rest.length > 0) {
    const open = rest.indexOf('${');
    const close = open < 0 ? -1 : rest.indexOf('}', open + 2);
    if (open < 0 || close < 0) {
      parts.push(...literal(rest));
      break;
    }
    parts.push(...literal(rest.slice(0, open)));
    const body = rest.slice(open + 2, close);
    if (body === '*' || body === '?' || body === '$') {
      parts.push(body);
    } else {
      const m = WITH_DEFAULT.exec(body);
      const key = m?.[1] ?? body;
      parts.push({ variable: key, keyLower: key.toLowerCase(), fallback: m?.[2] });
    }
    rest = rest.slice(close + 1);
  }
  return mergeLiterals(parts);
}

function mergeLiterals(parts: TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (typeof part === 'string' && typeof previous === 'string') out[out.length - 1] = previous + part;
    else out.push(part);
  }
  return out;
}

export function hasVariables(parts: readonly TemplatePart[]): boolean {
  return parts.some((p) => typeof p === 'object');
}

/**
 * A variable's value: text; `undefined` when the key is missing (the default applies); `null`
 * when the key is present but cannot be a variable (several values): no value, default or not.
 */
export type VariableValue = string | undefined | null;

/** Resolves variables; undefined when one has no value (the policy value then cannot match). */
export function resolveTemplate(
  parts: readonly TemplatePart[],
  lookup: (keyLower: string) => VariableValue,
): GlobPart[] | undefined {
  const out: GlobPart[] = [];
  for (const part of parts) {
    if (typeof part !== 'object') {
      out.push(part);
      continue;
    }
    const found = lookup(part.keyLower);
    const value = found === null ? undefined : (found ?? part.fallback);
    if (value === undefined) return undefined;
    if (value !== '') out.push(value);
  }
  return out;
}

export function formatTemplate(parts: readonly TemplatePart[]): string {
  return parts
    .map((p) =>
      p === ANY_RUN ? '*' : p === ANY_CHAR ? '?' : typeof p === 'string' ? p : `\${${p.variable}}`,
    )
    .join('');
}

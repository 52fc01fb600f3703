import {
  formatPath,
  type JsonNode,
  type JsonValue,
  parseJson,
  type Span,
  type Suppression,
  toJsonValue,
} from '@trustwright/core';
import {
  type DecodedText,
  decodeJsonString,
  looksPercentEncoded,
  percentDecode,
} from '../json/decoded-text.js';
import type { Locator } from './location.js';
import { Problems } from './problem.js';
import type { PolicySourceMap } from './source-map.js';
import type {
  FormatId,
  ImportedRole,
  ImportedScenario,
  ImportProblem,
  PolicyEncoding,
  UnresolvedValue,
} from './types.js';

/** What an importer knows about the file it reads. */
export interface FileContext {
  readonly file: string;
  readonly format: FormatId;
  readonly locator: Locator;
  /** File-level problems. */
  readonly problems: Problems;
}

export function fileContext(file: string, format: FormatId, locator: Locator): FileContext {
  return { file, format, locator, problems: new Problems(file, locator) };
}

/** A role as found, before its policy is read. */
export interface RoleDraft {
  readonly address: string;
  readonly name?: string | undefined;
  readonly arn?: string | undefined;
  readonly span: Span;
  readonly scenarios?: readonly ImportedScenario[];
  readonly suppressions?: readonly Suppression[];
}

/** A role whose policy was read into a positioned tree. */
export function roleFromTree(
  ctx: FileContext,
  draft: RoleDraft,
  tree: JsonNode,
  map: PolicySourceMap,
  encoding: PolicyEncoding,
  unresolved: readonly UnresolvedValue[] = [],
  extraProblems: readonly ImportProblem[] = [],
): ImportedRole {
  const problems = new Problems(ctx.file, ctx.locator);
  for (const u of unresolved) {
    problems.add(
      'unresolved-value',
      'warning',
      `${formatPath(u.path) || 'The policy'} is ${u.kind === 'terraform' ? 'the Terraform expression' : `the intrinsic function ${u.kind}`} ${u.expression}, which only ${u.kind === 'terraform' ? 'Terraform' : 'CloudFormation'} can resolve; Trustwright keeps it as ${JSON.stringify(u.placeholder)}, which matches no real request.`,
      u.span,
      draft.address,
    );
  }
  const role = {
    ...base(ctx, draft),
    encoding,
    sourceMap: map,
    unresolved,
    problems: [...extraProblems, ...problems.list],
  };
  // Plain data on first read: a scan of 10,000 roles never needs most of them. An own,
  // enumerable accessor, so structured clone (postMessage), JSON.stringify and spreads see it.
  let policy: JsonValue | undefined;
  Object.defineProperty(role, 'policy', {
    enumerable: true,
    configurable: true,
    get: () => {
      policy ??= toJsonValue(tree);
      return policy;
    },
  });
  return role as typeof role & { readonly policy: JsonValue };
}

/** A role whose policy cannot be read; the problem says why and where. */
export function roleWithoutPolicy(
  ctx: FileContext,
  draft: RoleDraft,
  code: 'policy-unresolved' | 'policy-invalid',
  message: string,
  span: Span,
): ImportedRole {
  const problems = new Problems(ctx.file, ctx.locator);
  problems.add(code, code === 'policy-invalid' ? 'error' : 'warning', message, span, draft.address);
  return {
    ...base(ctx, draft),
    policy: undefined,
    encoding: undefined,
    sourceMap: undefined,
    unresolved: [],
    problems: problems.list,
  };
}

/**
 * A role whose policy is text inside the source: a JSON string, possibly percent-encoded as IAM
 * returns it, or a heredoc body. `decoded` maps every character back to the file.
 */
export function roleFromText(
  ctx: FileContext,
  draft: RoleDraft,
  decoded: DecodedText,
  encoding: PolicyEncoding,
  unresolved: readonly UnresolvedValue[] = [],
): ImportedRole {
  let text = decoded;
  let how = encoding;
  if (looksPercentEncoded(decoded.text)) {
    const plain = percentDecode(decoded);
    if (plain === undefined) {
      const at = decoded.table[0] ?? draft.span.start;
      return roleWithoutPolicy(
        ctx,
        draft,
        'policy-invalid',
        `The trust policy of ${draft.address} looks URL-encoded but is not valid percent-encoded UTF-8.`,
        { start: at, end: at + 1 },
      );
    }
    text = plain;
    how = 'url-encoded';
  }
  const parsed = parseJson(text.text);
  const map: PolicySourceMap = {
    tree: parsed.root ?? { kind: 'null' },
    offset: 0,
    table: text.table,
    text: text.text,
  };
  if (parsed.root === undefined) {
    const error = parsed.errors[0];
    const start = error === undefined ? draft.span.start : (text.table[error.span.start] ?? draft.span.start);
    return roleWithoutPolicy(
      ctx,
      draft,
      'policy-invalid',
      `The trust policy of ${draft.address} is not valid JSON: ${error?.message ?? 'it cannot be read'}`,
      { start, end: start + 1 },
    );
  }
  return roleFromTree(ctx, draft, parsed.root, map, how, unresolved);
}

function base(ctx: FileContext, draft: RoleDraft) {
  return {
    file: ctx.file,
    format: ctx.format,
    address: draft.address,
    name: draft.name,
    arn: draft.arn,
    location: ctx.locator.at(draft.span),
    scenarios: draft.scenarios ?? [],
    suppressions: draft.suppressions ?? [],
  };
}

/** A role whose policy is a JSON string literal at `literal` in the file (JSON text or URL-encoded JSON). */
export function roleFromJsonString(
  ctx: FileContext,
  draft: RoleDraft,
  source: string,
  literal: Span,
): ImportedRole {
  const decoded = decodeJsonString(source, literal);
  if (decoded === undefined)
    return roleWithoutPolicy(
      ctx,
      draft,
      'policy-invalid',
      `${draft.address}: the policy string has an invalid escape.`,
      literal,
    );
  return roleFromText(ctx, draft, decoded, 'json-string');
}

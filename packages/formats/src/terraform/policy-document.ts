import type { SyntaxNode } from '@lezer/common';
import type { JsonMember, JsonNode, JsonPath, Span } from '@trustwright/core';
import { attribute, attributesOf, blocksOf, type HclBlock } from './hcl.js';
import type { HclValues } from './hcl-value.js';

/** Arguments of `data "aws_iam_policy_document"` that pull in other documents, which are not merged here. */
const MERGED_DOCUMENTS = [
  'source_policy_documents',
  'override_policy_documents',
  'source_json',
  'override_json',
];

export interface PolicyDocumentResult {
  readonly tree: JsonNode;
  /** Constructs the document has that this reading leaves out, with their places. */
  readonly unsupported: { message: string; span: Span }[];
}

/**
 * The JSON an `aws_iam_policy_document` data source renders, as the AWS provider documents it:
 * `statement` blocks with `sid`, `effect` (default Allow), `actions` / `not_actions`,
 * `resources` / `not_resources`, `principals` / `not_principals` { type, identifiers } and
 * `condition` { test, variable, values }. A one-element list renders as a string, as the
 * provider does. `principals { type = "*", identifiers = ["*"] }` is `"Principal": "*"`.
 */
export function policyDocument(block: HclBlock, text: string, values: HclValues): PolicyDocumentResult {
  const unsupported: { message: string; span: Span }[] = [];
  const span = { start: block.node.from, end: block.node.to };
  const members: JsonMember[] = [];
  const version = attribute(block.body, text, 'version');
  members.push({
    key: 'Version',
    value:
      version?.expression === undefined
        ? { kind: 'string', value: '2012-10-17', span }
        : values.value(version.expression, ['Version']),
  });
  const id = attribute(block.body, text, 'policy_id');
  if (id?.expression !== undefined) members.push({ key: 'Id', value: values.value(id.expression, ['Id']) });
  for (const a of attributesOf(block.body, text))
    if (MERGED_DOCUMENTS.includes(a.name))
      unsupported.push({
        message: `${a.name} merges other policy documents into this one; Trustwright reads only this document's own statements.`,
        span: { start: a.node.from, end: a.node.to },
      });
  const inner = block.body === undefined ? [] : blocksOf(block.body, text);
  for (const b of inner)
    if (b.type === 'dynamic')
      unsupported.push({
        message: `A dynamic "${b.labels[0] ?? ''}" block generates statements only Terraform can expand; they are left out.`,
        span: { start: b.node.from, end: b.node.to },
      });
  const statements = inner
    .filter((b) => b.type === 'statement')
    .map((b, i) => statement(b, text, values, ['Statement', i]));
  members.push({ key: 'Statement', value: { kind: 'array', span, items: statements } });
  return { tree: { kind: 'object', span, members }, unsupported };
}

function statement(block: HclBlock, text: string, values: HclValues, path: JsonPath): JsonNode {
  const span = { start: block.node.from, end: block.node.to };
  const members: JsonMember[] = [];
  const add = (key: string, name: string, list = false) => {
    const a = attribute(block.body, text, name);
    if (a?.expression === undefined) return;
    const value = values.value(a.expression, [...path, key]);
    members.push({ key, keySpan: rangeOf(a.node), value: list ? collapse(value) : value });
  };
  add('Sid', 'sid');
  const effect = attribute(block.body, text, 'effect');
  if (effect?.expression === undefined)
    members.push({ key: 'Effect', value: { kind: 'string', value: 'Allow', span } });
  else add('Effect', 'effect');
  const inner = block.body === undefined ? [] : blocksOf(block.body, text);
  principals(inner, 'principals', 'Principal', text, values, path, members);
  principals(inner, 'not_principals', 'NotPrincipal', text, values, path, members);
  add('Action', 'actions', true);
  add('NotAction', 'not_actions', true);
  add('Resource', 'resources', true);
  add('NotResource', 'not_resources', true);
  conditions(inner, text, values, path, members);
  return { kind: 'object', span, members };
}

function principals(
  blocks: readonly HclBlock[],
  blockType: string,
  key: string,
  text: string,
  values: HclValues,
  path: JsonPath,
  out: JsonMember[],
): void {
  const list = blocks.filter((b) => b.type === blockType);
  const first = list[0];
  if (first === undefined) return;
  const byType = new Map<string, { span: Span; keySpan: Span; items: JsonNode[] }>();
  let star: JsonNode | undefined;
  for (const b of list) {
    const type = attribute(b.body, text, 'type');
    const ids = attribute(b.body, text, 'identifiers');
    const typeValue =
      type?.expression === undefined ? undefined : values.value(type.expression, [...path, key, 'type']);
    const typeName = typeValue?.kind === 'string' ? typeValue.value : '';
    if (ids?.expression === undefined) continue;
    const idsValue = values.value(ids.expression, [...path, key, typeName]);
    const items = idsValue.kind === 'array' ? idsValue.items : [idsValue];
    if (typeName === '*') {
      star = { kind: 'string', value: '*', span: rangeOf(b.node) };
      continue;
    }
    const entry = byType.get(typeName) ?? {
      span: rangeOf(ids.node),
      keySpan: rangeOf(type?.node ?? b.node),
      items: [],
    };
    entry.items.push(...items);
    byType.set(typeName, entry);
  }
  const span = rangeOf(first.node);
  if (star !== undefined && byType.size === 0) {
    out.push({ key, keySpan: span, value: star });
    return;
  }
  const members: JsonMember[] = [...byType].map(([type, entry]) => ({
    key: type,
    keySpan: entry.keySpan,
    value: collapse({ kind: 'array', span: entry.span, items: entry.items }),
  }));
  out.push({ key, keySpan: span, value: { kind: 'object', span, members } });
}

function conditions(
  blocks: readonly HclBlock[],
  text: string,
  values: HclValues,
  path: JsonPath,
  out: JsonMember[],
): void {
  const list = blocks.filter((b) => b.type === 'condition');
  const first = list[0];
  if (first === undefined) return;
  // Operators in first-seen order; a repeated test/variable pair stays a duplicate key, which the linter reports.
  const byTest = new Map<string, { span: Span; members: JsonMember[] }>();
  for (const b of list) {
    const test = attribute(b.body, text, 'test');
    const variable = attribute(b.body, text, 'variable');
    const vals = attribute(b.body, text, 'values');
    const testValue =
      test?.expression === undefined ? undefined : values.value(test.expression, [...path, 'Condition']);
    const variableValue =
      variable?.expression === undefined
        ? undefined
        : values.value(variable.expression, [...path, 'Condition']);
    const testName = testValue?.kind === 'string' ? testValue.value : '';
    const variableName = variableValue?.kind === 'string' ? variableValue.value : '';
    const entry = byTest.get(testName) ?? { span: rangeOf(b.node), members: [] };
    if (vals?.expression !== undefined)
      entry.members.push({
        key: variableName,
        keySpan: rangeOf(variable?.node ?? b.node),
        value: collapse(values.value(vals.expression, [...path, 'Condition', testName, variableName])),
      });
    byTest.set(testName, entry);
  }
  const span = rangeOf(first.node);
  out.push({
    key: 'Condition',
    keySpan: span,
    value: {
      kind: 'object',
      span,
      members: [...byTest].map(([test, entry]) => ({
        key: test,
        keySpan: entry.span,
        value: { kind: 'object', span: entry.span, members: entry.members },
      })),
    },
  });
}

/** A one-element list renders as its element, as the provider writes it. */
function collapse(node: JsonNode): JsonNode {
  return node.kind === 'array' && node.items.length === 1 && node.items[0] !== undefined
    ? node.items[0]
    : node;
}

function rangeOf(node: SyntaxNode): Span {
  return { start: node.from, end: node.to };
}

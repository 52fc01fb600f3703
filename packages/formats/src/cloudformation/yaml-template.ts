import type { JsonMember, JsonNode, Span } from '@trustwright/core';
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  type Tags,
} from 'yaml';
import type { FileContext } from '../model/role-builder.js';

/** The short-form tags of CloudFormation YAML and the intrinsic each one stands for. */
export const SHORT_FORM_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!FindInMap': 'Fn::FindInMap',
  '!GetAtt': 'Fn::GetAtt',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Join': 'Fn::Join',
  '!Length': 'Fn::Length',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!Sub': 'Fn::Sub',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Transform': 'Fn::Transform',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
};

/**
 * Every short-form tag in each of the three node kinds. `resolve` keeps the node as it is: the
 * tag stays on the node, and the conversion below turns it into the long form with its range.
 */
const CUSTOM_TAGS: Tags = Object.keys(SHORT_FORM_TAGS).flatMap((tag) => [
  { tag, resolve: (value: string) => value },
  { tag, collection: 'seq' as const, resolve: (value: Node) => value },
  { tag, collection: 'map' as const, resolve: (value: Node) => value },
]);

/** Aliases can point back at their ancestors; this bounds the expansion of a hostile file. */
const MAX_NODES = 200_000;
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * Parses a YAML template into core's positioned JSON tree, with each short-form tag as its
 * long form (`!Sub x` becomes `{"Fn::Sub": "x"}`, spanning the tagged node). Syntax errors are
 * reported with their place; what could be read is still returned.
 */
export function readYamlTemplate(
  text: string,
  ctx: FileContext,
): { root: JsonNode; errors: number[] } | undefined {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      customTags: CUSTOM_TAGS,
      uniqueKeys: false,
      prettyErrors: false,
      strict: false,
    });
  } catch (error) {
    ctx.problems.add('syntax-error', 'error', `The file is not YAML: ${String(error)}`);
    return undefined;
  }
  const seen = new Set<number>();
  for (const error of doc.errors.slice(0, 5)) {
    if (seen.has(error.pos[0])) continue;
    seen.add(error.pos[0]);
    ctx.problems.add('syntax-error', 'error', `${firstLine(error.message)}`, {
      start: error.pos[0],
      end: Math.max(error.pos[0], error.pos[1]),
    });
  }
  if (doc.errors.length > 5)
    ctx.problems.add('syntax-error', 'error', `${doc.errors.length - 5} more YAML errors.`);
  if (doc.contents === null) return undefined;
  const budget = { nodes: MAX_NODES };
  return { root: convert(doc.contents, doc, budget, 0), errors: doc.errors.map((e) => e.pos[0]) };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function spanOf(node: Node): Span | undefined {
  const range = node.range;
  return range === undefined || range === null ? undefined : { start: range[0], end: range[1] };
}

function convert(node: unknown, doc: Document.Parsed, budget: { nodes: number }, depth: number): JsonNode {
  if (--budget.nodes < 0 || depth > 64) return { kind: 'null' };
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target === undefined ? { kind: 'null' } : convert(target, doc, budget, depth + 1);
  }
  if (!isScalar(node) && !isMap(node) && !isSeq(node)) return { kind: 'null' };
  const span = spanOf(node);
  const withSpan = span === undefined ? {} : { span };
  const plain = convertUntagged(node, doc, budget, depth, withSpan);
  const intrinsic = node.tag === undefined ? undefined : SHORT_FORM_TAGS[node.tag];
  if (intrinsic === undefined) return plain;
  // The tag itself sits before the node's range; the long form spans the node.
  return {
    kind: 'object',
    ...withSpan,
    members: [{ key: intrinsic, ...(withSpan.span ? { keySpan: withSpan.span } : {}), value: plain }],
  };
}

function convertUntagged(
  node: Node,
  doc: Document.Parsed,
  budget: { nodes: number },
  depth: number,
  withSpan: { span?: Span },
): JsonNode {
  if (isScalar(node)) {
    const value: unknown = node.value;
    if (typeof value === 'string') return { kind: 'string', value, ...withSpan };
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        return { kind: 'string', value: String(node.source ?? value), ...withSpan };
      const source = typeof node.source === 'string' ? node.source : '';
      return { kind: 'number', value, raw: JSON_NUMBER.test(source) ? source : String(value), ...withSpan };
    }
    if (typeof value === 'boolean') return { kind: 'boolean', value, ...withSpan };
    if (value === null || value === undefined) return { kind: 'null', ...withSpan };
    return { kind: 'string', value: String(value), ...withSpan };
  }
  if (isSeq(node))
    return {
      kind: 'array',
      ...withSpan,
      items: node.items.map((item) => convert(item, doc, budget, depth + 1)),
    };
  const members: JsonMember[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key: unknown = pair.key;
      const keyNode = isScalar(key) ? key : undefined;
      const keySpan = keyNode === undefined ? undefined : spanOf(keyNode);
      members.push({
        key: keyNode === undefined ? String(key) : String(keyNode.value),
        ...(keySpan === undefined ? {} : { keySpan }),
        value:
          pair.value === null
            ? { kind: 'null', ...(keySpan === undefined ? {} : { span: keySpan }) }
            : convert(pair.value, doc, budget, depth + 1),
      });
    }
  }
  return { kind: 'object', ...withSpan, members };
}

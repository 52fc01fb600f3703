import type { JsonNode, JsonPath, Span } from '@trustwright/core';
import { getMemberOf } from '../json/nodes.js';
import type { UnresolvedValue } from '../model/types.js';

/** The CloudFormation intrinsic functions and condition functions, by their long (JSON) names. */
export const INTRINSICS = [
  'Ref',
  'Condition',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::FindInMap',
  'Fn::GetAtt',
  'Fn::GetAZs',
  'Fn::ImportValue',
  'Fn::Join',
  'Fn::Length',
  'Fn::Select',
  'Fn::Split',
  'Fn::Sub',
  'Fn::ToJsonString',
  'Fn::Transform',
  'Fn::If',
  'Fn::Equals',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
] as const;
const INTRINSIC_SET: ReadonlySet<string> = new Set(INTRINSICS);

/** Template parameters and pseudo parameters (`AWS::AccountId`) the caller knows the values of. */
export type Parameters = Readonly<Record<string, string>>;

/** `{ "Fn::Sub": ... }`: an object with exactly one member, an intrinsic's name. */
export function intrinsicOf(node: JsonNode): { name: string; arg: JsonNode } | undefined {
  if (node.kind !== 'object' || node.members.length !== 1) return undefined;
  const member = node.members[0];
  if (member === undefined || !INTRINSIC_SET.has(member.key)) return undefined;
  return { name: member.key, arg: member.value };
}

export interface ResolvedTree {
  readonly tree: JsonNode;
  readonly unresolved: UnresolvedValue[];
}

/**
 * Replaces every intrinsic inside a policy by its value when it is a constant (`!Sub` without
 * variables, `!Join` of literals, a `Ref` to a parameter given in `parameters`), and otherwise
 * by a placeholder string in the `${...}` form, recorded as unresolved. Spans are kept.
 */
export function resolveIntrinsics(root: JsonNode, source: string, parameters: Parameters = {}): ResolvedTree {
  const unresolved: UnresolvedValue[] = [];
  const walk = (node: JsonNode, path: JsonPath): JsonNode => {
    const fn = intrinsicOf(node);
    if (fn !== undefined) {
      const value = evaluateIntrinsic(fn.name, fn.arg, parameters);
      const span = node.span ?? { start: 0, end: 0 };
      if (value.resolved) return { kind: 'string', value: value.text, span };
      unresolved.push({
        path,
        kind: fn.name,
        expression: expressionText(source, span, fn.name),
        placeholder: value.text,
        span,
      });
      return { kind: 'string', value: value.text, span };
    }
    if (node.kind === 'object')
      return {
        ...node,
        members: node.members.map((m) => ({ ...m, value: walk(m.value, [...path, m.key]) })),
      };
    if (node.kind === 'array')
      return { ...node, items: node.items.map((item, i) => walk(item, [...path, i])) };
    return node;
  };
  return { tree: walk(root, []), unresolved };
}

interface Evaluated {
  readonly resolved: boolean;
  readonly text: string;
}

/** A string value for an intrinsic: constant when it can be computed without a deployment. */
function evaluateIntrinsic(name: string, arg: JsonNode, parameters: Parameters): Evaluated {
  switch (name) {
    case 'Ref':
      if (arg.kind === 'string') {
        const known = parameters[arg.value];
        return known === undefined
          ? { resolved: false, text: `\${${arg.value}}` }
          : { resolved: true, text: known };
      }
      break;
    case 'Fn::GetAtt': {
      const parts =
        arg.kind === 'array'
          ? arg.items.map((i) => (i.kind === 'string' ? i.value : '?'))
          : arg.kind === 'string'
            ? [arg.value]
            : [];
      if (parts.length > 0) return { resolved: false, text: `\${${parts.join('.')}}` };
      break;
    }
    case 'Fn::Sub': {
      const template = arg.kind === 'string' ? arg : arg.kind === 'array' ? arg.items[0] : undefined;
      const vars = arg.kind === 'array' ? arg.items[1] : undefined;
      if (template?.kind === 'string') return substitute(template.value, vars, parameters);
      break;
    }
    case 'Fn::Join': {
      const delimiter = arg.kind === 'array' ? arg.items[0] : undefined;
      const list = arg.kind === 'array' ? arg.items[1] : undefined;
      if (delimiter?.kind === 'string' && list?.kind === 'array') {
        const parts = list.items.map((item) => constantOf(item, parameters));
        return {
          resolved: parts.every((p) => p.resolved),
          text: parts.map((p) => p.text).join(delimiter.value),
        };
      }
      break;
    }
    default:
      break;
  }
  return { resolved: false, text: `\${${name}}` };
}

function constantOf(node: JsonNode, parameters: Parameters): Evaluated {
  if (node.kind === 'string') return { resolved: true, text: node.value };
  if (node.kind === 'number') return { resolved: true, text: node.raw };
  if (node.kind === 'boolean') return { resolved: true, text: String(node.value) };
  const fn = intrinsicOf(node);
  if (fn !== undefined) return evaluateIntrinsic(fn.name, fn.arg, parameters);
  return { resolved: false, text: `\${?}` };
}

/** `Fn::Sub`: `${Name}` from the variable map or the parameters; `${!Literal}` is the literal `${Literal}`. */
function substitute(template: string, vars: JsonNode | undefined, parameters: Parameters): Evaluated {
  let resolved = true;
  let out = '';
  let rest = template;
  for (;;) {
    const open = rest.indexOf('${');
    const close = open < 0 ? -1 : rest.indexOf('}', open + 2);
    if (open < 0 || close < 0) {
      out += rest;
      break;
    }
    out += rest.slice(0, open);
    const body = rest.slice(open + 2, close);
    if (body.startsWith('!')) out += `\${${body.slice(1)}}`;
    else {
      const fromMap = vars?.kind === 'object' ? getMemberOf(vars, body) : undefined;
      const value = fromMap === undefined ? undefined : constantOf(fromMap, parameters);
      const known = value?.resolved === true ? value.text : parameters[body];
      if (known === undefined) {
        resolved = false;
        out += `\${${body}}`;
      } else out += known;
    }
    rest = rest.slice(close + 1);
  }
  return { resolved, text: out };
}

function expressionText(source: string, span: Span, name: string): string {
  const text = source.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (text === '') return name;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

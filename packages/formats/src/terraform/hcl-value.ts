import type { SyntaxNode } from '@lezer/common';
import type { JsonMember, JsonNode, JsonPath } from '@trustwright/core';
import type { UnresolvedValue } from '../model/types.js';
import { decodeQuoted, snippet } from './hcl.js';

/**
 * HCL expressions as positioned JSON: literals, tuples and objects become JSON with the span of
 * their source; anything Terraform computes (a reference, a function call, an interpolation)
 * becomes a `${...}` placeholder string and is recorded as unresolved.
 */
export class HclValues {
  readonly unresolved: UnresolvedValue[] = [];
  constructor(readonly text: string) {}

  /** An `Expression` node (or anything below it) as JSON. */
  value(expression: SyntaxNode, path: JsonPath): JsonNode {
    const node = unwrap(expression);
    const span = { start: expression.from, end: expression.to };
    switch (node.name) {
      case 'StringLit': {
        const literal = node.getChild('TemplateLiteral');
        return {
          kind: 'string',
          value: literal === null ? '' : decodeQuoted(this.text, literal.from, literal.to).text,
          span,
        };
      }
      case 'NumericLit': {
        const raw = this.text.slice(node.from, node.to);
        const value = Number(raw);
        return Number.isFinite(value)
          ? { kind: 'number', value, raw, span }
          : { kind: 'string', value: raw, span };
      }
      case 'BoolLit':
        return { kind: 'boolean', value: this.text.slice(node.from, node.to) === 'true', span };
      case 'NullLit':
        return { kind: 'null', span };
      case 'QuotedTemplate':
        return this.template(node, path, span);
      case 'Tuple':
        return {
          kind: 'array',
          span,
          items: node.getChildren('Expression').map((item, i) => this.value(item, [...path, i])),
        };
      case 'Object':
        return { kind: 'object', span, members: this.members(node, path) };
      default:
        return this.placeholder(expression, path, `\${${snippet(this.text, expression)}}`);
    }
  }

  #key(key: SyntaxNode): string {
    const inner = key.getChild('Expression');
    const node = inner === null ? key : unwrap(inner);
    if (node.name === 'StringLit') {
      const literal = node.getChild('TemplateLiteral');
      return literal === null ? '' : decodeQuoted(this.text, literal.from, literal.to).text;
    }
    return this.text.slice(node.from, node.to);
  }

  members(object: SyntaxNode, path: JsonPath): JsonMember[] {
    return object.getChildren('ObjectElem').flatMap((elem): JsonMember[] => {
      const keyNode = elem.getChild('ObjectKey');
      const valueNode = elem.getChild('Expression');
      if (keyNode === null || valueNode === null) return [];
      const key = this.#key(keyNode);
      return [
        {
          key,
          keySpan: { start: keyNode.from, end: keyNode.to },
          value: this.value(valueNode, [...path, key]),
        },
      ];
    });
  }

  /** A quoted template: literal text with `${...}` kept as written; unresolved when it interpolates. */
  template(node: SyntaxNode, path: JsonPath, span: { start: number; end: number }): JsonNode {
    let out = '';
    let computed = false;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.name === 'TemplateLiteral') out += decodeQuoted(this.text, child.from, child.to).text;
      else if (child.name !== 'QuotedTemplateStart' && child.name !== 'QuotedTemplateEnd') {
        computed = true;
        out += this.text.slice(child.from, child.to);
      }
    }
    if (!computed) return { kind: 'string', value: out, span };
    return this.placeholder({ from: span.start, to: span.end }, path, out);
  }

  placeholder(node: { from: number; to: number }, path: JsonPath, placeholder: string): JsonNode {
    const span = { start: node.from, end: node.to };
    this.unresolved.push({
      path,
      kind: 'terraform',
      expression: snippet(this.text, node),
      placeholder,
      span,
    });
    return { kind: 'string', value: placeholder, span };
  }
}

/** Through Expression / LiteralValue / TemplateExpr / CollectionValue wrappers to the node that says what it is. */
export function unwrap(node: SyntaxNode): SyntaxNode {
  let current = node;
  for (;;) {
    if (
      (current.name === 'Expression' ||
        current.name === 'LiteralValue' ||
        current.name === 'TemplateExpr' ||
        current.name === 'CollectionValue') &&
      current.firstChild !== null &&
      current.firstChild.nextSibling === null
    ) {
      current = current.firstChild;
      continue;
    }
    return current;
  }
}

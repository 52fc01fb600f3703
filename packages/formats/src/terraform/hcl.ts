import type { SyntaxNode, Tree } from '@lezer/common';
import { hclLanguage } from 'codemirror-lang-hcl';

/**
 * HCL through the Lezer grammar of codemirror-lang-hcl (a port of tree-sitter-hcl): a
 * concrete syntax tree with exact offsets and error recovery, in plain JavaScript (no eval, no
 * WebAssembly), so it runs the same in the CLI and in the app's Web Worker.
 */
export interface HclFile {
  readonly text: string;
  readonly tree: Tree;
  /** Offsets where the parser had to recover from a syntax error. */
  readonly errors: readonly number[];
  /** The top-level blocks, in file order. */
  readonly blocks: readonly HclBlock[];
}

export interface HclBlock {
  readonly node: SyntaxNode;
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: SyntaxNode | undefined;
}

export function parseHcl(text: string): HclFile {
  const tree = hclLanguage.parser.parse(text);
  const errors: number[] = [];
  tree.iterate({
    enter(node) {
      // Recovery can leave several error nodes at one place; one message per place is enough.
      if (node.type.isError && errors[errors.length - 1] !== node.from) errors.push(node.from);
    },
  });
  const body = tree.topNode.getChild('Body');
  return { text, tree, errors, blocks: body === null ? [] : blocksOf(body, text) };
}

export function blocksOf(body: SyntaxNode, text: string): HclBlock[] {
  return body.getChildren('Block').map((node) => {
    const type = node.getChild('BlockType');
    return {
      node,
      type: type === null ? '' : text.slice(type.from, type.to),
      labels: node.getChildren('BlockLabel').map((label) => labelText(label, text)),
      body: node.getChild('Body') ?? undefined,
    };
  });
}

function labelText(label: SyntaxNode, text: string): string {
  const literal = label.getChild('StringLit')?.getChild('TemplateLiteral');
  if (literal !== null && literal !== undefined) return decodeQuoted(text, literal.from, literal.to).text;
  const raw = text.slice(label.from, label.to);
  return raw.startsWith('"') ? raw.slice(1, -1) : raw;
}

export interface HclAttribute {
  readonly node: SyntaxNode;
  readonly name: string;
  readonly expression: SyntaxNode | undefined;
}

export function attributesOf(body: SyntaxNode | undefined, text: string): HclAttribute[] {
  if (body === undefined) return [];
  return body.getChildren('Attribute').map((node) => {
    const id = node.getChild('Identifier');
    return {
      node,
      name: id === null ? '' : text.slice(id.from, id.to),
      expression: node.getChild('Expression') ?? undefined,
    };
  });
}

export function attribute(
  body: SyntaxNode | undefined,
  text: string,
  name: string,
): HclAttribute | undefined {
  return attributesOf(body, text).find((a) => a.name === name);
}

/** Whether a syntax error lies inside a node. */
export function hasErrorIn(file: HclFile, node: SyntaxNode): boolean {
  return file.errors.some((at) => at >= node.from && at <= node.to);
}

/** Decoded text with each code unit's source offset (see DecodedText). */
export interface Chunk {
  readonly text: string;
  readonly offsets: number[];
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/**
 * A template literal's text: backslash escapes in quoted strings (`\n`, `\"`, `\uNNNN`,
 * `\UNNNNNNNN`), and in both quoted strings and heredocs `$${` and `%%{` for a literal `${`/`%{`.
 */
export function decodeQuoted(source: string, from: number, to: number, quoted = true): Chunk {
  const units: string[] = [];
  const offsets: number[] = [];
  const push = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) {
      units.push(s[k] ?? '');
      offsets.push(at);
    }
  };
  for (let p = from; p < to; ) {
    const c = source[p] ?? '';
    if ((c === '$' || c === '%') && source[p + 1] === c && source[p + 2] === '{') {
      push(`${c}{`, p);
      p += 3;
    } else if (quoted && c === '\\') {
      const e = source[p + 1] ?? '';
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        push(simple, p);
        p += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(p + 2, p + 6))) {
        push(String.fromCharCode(Number.parseInt(source.slice(p + 2, p + 6), 16)), p);
        p += 6;
      } else if (e === 'U' && /^[0-9a-fA-F]{8}$/.test(source.slice(p + 2, p + 10))) {
        const code = Number.parseInt(source.slice(p + 2, p + 10), 16);
        push(code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd', p);
        p += 10;
      } else {
        push(c, p);
        p++;
      }
    } else {
      push(c, p);
      p++;
    }
  }
  return { text: units.join(''), offsets };
}

/** The source text of a node, on one line, at most 200 characters (for messages). */
export function snippet(text: string, node: { from: number; to: number }): string {
  const s = text.slice(node.from, node.to).replace(/\s+/g, ' ').trim();
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

import { type ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import type { JsonArrayNode, JsonMember, JsonNode, JsonObjectNode, Span } from './json-node.js';

export interface JsonSyntaxError {
  readonly message: string;
  readonly span: Span;
}

export interface ParsedJson {
  /** Best-effort tree; present whenever any value could be read, even alongside errors. */
  readonly root: JsonNode | undefined;
  readonly errors: readonly JsonSyntaxError[];
}

/**
 * Trust policies nest about six levels deep. jsonc-parser recurses per level, so a hostile paste
 * of many thousand `[` would overflow the stack; refuse anything this deep before parsing.
 */
export const MAX_JSON_DEPTH = 64;

type Frame =
  | { kind: 'object'; start: number; members: JsonMember[]; key?: { key: string; keySpan: Span } }
  | { kind: 'array'; start: number; items: JsonNode[] };

/** Parses strict JSON (no comments, no trailing commas) into a positioned tree. Never throws. */
export function parseJson(text: string): ParsedJson {
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    return {
      root: undefined,
      errors: [
        {
          message: `The JSON nests deeper than ${MAX_JSON_DEPTH} levels; a trust policy never does.`,
          span: { start: tooDeep, end: tooDeep + 1 },
        },
      ],
    };
  }
  const errors: JsonSyntaxError[] = [];
  const stack: Frame[] = [];
  let root: JsonNode | undefined;

  const attach = (node: JsonNode): void => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      root ??= node;
    } else if (parent.kind === 'array') {
      parent.items.push(node);
    } else if (parent.key !== undefined) {
      parent.members.push({ key: parent.key.key, keySpan: parent.key.keySpan, value: node });
      delete parent.key;
    }
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => {
        stack.push({ kind: 'object', start: offset, members: [] });
      },
      onObjectProperty: (key, offset, length) => {
        const frame = stack[stack.length - 1];
        if (frame?.kind === 'object') frame.key = { key, keySpan: { start: offset, end: offset + length } };
      },
      onObjectEnd: (offset, length) => {
        const frame = stack.pop();
        if (frame?.kind !== 'object') return;
        const node: JsonObjectNode = {
          kind: 'object',
          members: frame.members,
          span: { start: frame.start, end: offset + length },
        };
        attach(node);
      },
      onArrayBegin: (offset) => {
        stack.push({ kind: 'array', start: offset, items: [] });
      },
      onArrayEnd: (offset, length) => {
        const frame = stack.pop();
        if (frame?.kind !== 'array') return;
        const node: JsonArrayNode = {
          kind: 'array',
          items: frame.items,
          span: { start: frame.start, end: offset + length },
        };
        attach(node);
      },
      onLiteralValue: (value: unknown, offset, length) => {
        const span = { start: offset, end: offset + length };
        if (typeof value === 'string') attach({ kind: 'string', value, span });
        else if (typeof value === 'number')
          attach({ kind: 'number', value, raw: text.slice(offset, offset + length), span });
        else if (typeof value === 'boolean') attach({ kind: 'boolean', value, span });
        else attach({ kind: 'null', span });
      },
      onError: (code, offset, length) => {
        errors.push({
          message: describeError(code, text, offset),
          span: { start: offset, end: offset + Math.max(length, 1) },
        });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  // Unclosed containers (truncated text) still yield the part that was read.
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame === undefined) break;
    const span = { start: frame.start, end: text.length };
    attach(
      frame.kind === 'object'
        ? { kind: 'object', members: frame.members, span }
        : { kind: 'array', items: frame.items, span },
    );
  }
  return { root, errors: dedupeErrors(errors) };
}

function findExcessiveNesting(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return undefined;
}

// jsonc-parser reports one cascade per bad token; keep the first error at each offset.
function dedupeErrors(errors: JsonSyntaxError[]): JsonSyntaxError[] {
  const seen = new Set<number>();
  return errors.filter((e) => {
    if (seen.has(e.span.start)) return false;
    seen.add(e.span.start);
    return true;
  });
}

function previousSignificantChar(text: string, offset: number): string | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\n' && ch !== '\r' && ch !== '\t') return ch;
  }
  return undefined;
}

function describeError(code: ParseErrorCode, text: string, offset: number): string {
  const at = text[offset];
  if (offset >= text.length && text.trim() === '') return 'The text is empty: a JSON object was expected.';
  if ((at === '}' || at === ']') && previousSignificantChar(text, offset) === ',') {
    return 'Trailing comma: JSON does not allow a comma before a closing bracket.';
  }
  switch (printParseErrorCode(code)) {
    case 'InvalidSymbol':
      return at === "'"
        ? 'Strings in JSON use double quotes, not single quotes.'
        : `Unexpected character ${JSON.stringify(at ?? '')}.`;
    case 'InvalidNumberFormat':
      return 'Invalid number.';
    case 'PropertyNameExpected':
      return 'A property name in double quotes was expected.';
    case 'ValueExpected':
      return offset >= text.length ? 'The text ends where a value was expected.' : 'A value was expected.';
    case 'ColonExpected':
      return 'A colon was expected after the property name.';
    case 'CommaExpected':
      return 'A comma was expected between items.';
    case 'CloseBraceExpected':
      return offset >= text.length
        ? 'The text ends before the object is closed with "}".'
        : 'A "}" or a comma was expected.';
    case 'CloseBracketExpected':
      return offset >= text.length
        ? 'The text ends before the array is closed with "]".'
        : 'A "]" or a comma was expected.';
    case 'EndOfFileExpected':
      return 'Unexpected text after the end of the JSON value.';
    case 'InvalidCommentToken':
      return 'Comments are not allowed in JSON policies.';
    case 'UnexpectedEndOfComment':
      return 'Unterminated comment (comments are not allowed in JSON policies).';
    case 'UnexpectedEndOfString':
      return 'Unterminated string: a closing double quote is missing.';
    case 'UnexpectedEndOfNumber':
      return 'Incomplete number.';
    case 'InvalidUnicode':
      return 'Invalid \\u escape in a string.';
    case 'InvalidEscapeCharacter':
      return 'Invalid escape sequence in a string.';
    case 'InvalidCharacter':
      return 'Control characters (such as a raw line break) must be escaped inside strings.';
    default:
      return 'Invalid JSON.';
  }
}

import { type Finding, type JsonPath, LineIndex, parseJson, spanAt } from '@trustwright/core';
import { InputError } from './io.js';

export interface RequestInput {
  readonly value: unknown;
  readonly text: string;
  /** Path of the request inside the file: [] for a bare request, ["request"] for a scenario object. */
  readonly base: JsonPath;
  /** The scenario's name, when the file is a scenario object. */
  readonly name?: string;
}

/** A request object, or a scenario object holding one under "request" (so a scenario can be pasted as is). */
export function parseRequest(path: string, text: string): RequestInput {
  const { errors } = parseJson(text);
  const syntax = errors[0];
  if (syntax !== undefined) {
    const { line, column } = new LineIndex(text).positionAt(syntax.span.start);
    throw new InputError(`${path}:${line}:${column}: ${syntax.message}`);
  }
  // The core parser has accepted the text, so JSON.parse cannot throw here.
  const value: unknown = JSON.parse(text);
  if (typeof value === 'object' && value !== null && 'request' in value && !('principal' in value)) {
    const name = 'name' in value && typeof value.name === 'string' ? value.name : undefined;
    return { value: value.request, text, base: ['request'], ...(name === undefined ? {} : { name }) };
  }
  return { value, text, base: [] };
}

/** Request findings carry paths relative to the request; give them spans in the request file. */
export function withRequestSpan(f: Finding, request: RequestInput): Finding {
  const root = parseJson(request.text).root;
  const span = root === undefined ? undefined : spanAt(root, [...request.base, ...f.path], f.target);
  return span === undefined ? f : { ...f, span };
}

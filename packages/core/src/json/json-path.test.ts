import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromValue } from './from-value.js';
import { formatPath, type JsonPath, nodeAt, parsePath, spanAt } from './json-path.js';
import { parseJson } from './parse-json.js';

const EXAMPLES: readonly [string, JsonPath, string][] = [
  ['the root', [], ''],
  [
    'a condition key with a colon',
    ['Statement', 0, 'Condition', 'StringEquals', 'sts:ExternalId'],
    'Statement[0].Condition.StringEquals["sts:ExternalId"]',
  ],
  ['an index at the root', [0, 'Effect'], '[0].Effect'],
  ['consecutive indices', ['a', 0, 12], 'a[0][12]'],
  ['identifiers with $ and _', ['$x', '_y1'], '$x._y1'],
  ['a key with a dot', ['a.b'], '["a.b"]'],
  ['a key with double quotes', ['say "hi"'], '["say \\"hi\\""]'],
  ['a key with brackets', ['a[0]', 'b]'], '["a[0]"]["b]"]'],
  [
    'a key with slashes',
    ['Condition', 'StringEquals', 'aws:PrincipalTag/team'],
    'Condition.StringEquals["aws:PrincipalTag/team"]',
  ],
  ['a key with a backslash', ['back\\slash'], '["back\\\\slash"]'],
  ['the empty key', [''], '[""]'],
  ['a key starting with a digit', ['1a'], '["1a"]'],
  ['a key with a space', ['Not Action'], '["Not Action"]'],
  ['a non-ASCII key', ['Tëam😀'], '["Tëam😀"]'],
  ['a key that looks like an index', ['0'], '["0"]'],
];

describe('formatPath and parsePath', () => {
  it.each(EXAMPLES)('%s', (_name, path, text) => {
    expect(formatPath(path)).toBe(text);
    expect(parsePath(text)).toEqual(path);
  });

  it.each([
    ['a leading dot', '.a'],
    ['two dots', 'a..b'],
    ['a trailing dot', 'a.'],
    ['an index with a leading zero', 'a[01]'],
    ['a negative index', 'a[-1]'],
    ['a fractional index', 'a[1.5]'],
    ['an index with spaces', 'a[ 0]'],
    ['an unclosed bracket', 'a['],
    ['an unclosed quoted key', 'a["x"'],
    ['a quoted key without its closing bracket', 'a["x" ]'],
    ['a single-quoted key', "a['x']"],
    ['an invalid escape in a quoted key', 'a["\\q"]'],
    ['an identifier straight after a bracket', 'a["x"]b'],
    ['an identifier starting with a digit after a dot', 'a.1'],
    ['a space in an identifier', 'a b'],
  ])('refuses %s', (_name, text) => {
    expect(parsePath(text)).toBeUndefined();
  });

  it('round-trips every path: parsePath(formatPath(p)) equals p', () => {
    const key = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]*$/),
      fc.constantFrom(
        '.',
        '[',
        ']',
        '"',
        '\\',
        '[0]',
        '"]',
        '\\"]',
        'a.b',
        'sts:ExternalId',
        'aws:PrincipalTag/x',
      ),
    );
    const segment = fc.oneof(key, fc.nat(), fc.maxSafeNat());
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (path) => {
        expect(parsePath(formatPath(path))).toEqual(path);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('nodeAt and spanAt', () => {
  const text = '{"Statement": [{"Effect": "Allow", "Effect": "Deny", "Principal": {"AWS": "*"}}]}';
  const root = parseJson(text).root;
  if (root === undefined) throw new Error('test policy does not parse');
  const slice = (path: JsonPath, target?: 'key' | 'value'): string | undefined => {
    const span = spanAt(root, path, target);
    return span === undefined ? undefined : text.slice(span.start, span.end);
  };

  it('finds the value of the last duplicate key', () => {
    expect(nodeAt(root, ['Statement', 0, 'Effect'])).toMatchObject({ value: 'Deny' });
    expect(slice(['Statement', 0, 'Effect'])).toBe('"Deny"');
  });

  it('finds the key rather than the value when asked', () => {
    const span = spanAt(root, ['Statement', 0, 'Effect'], 'key');
    expect(span).toEqual({ start: text.lastIndexOf('"Effect"'), end: text.lastIndexOf('"Effect"') + 8 });
  });

  it('defaults to the value', () => {
    expect(slice(['Statement', 0, 'Principal', 'AWS'])).toBe('"*"');
    expect(slice(['Statement', 0, 'Principal', 'AWS'], 'key')).toBe('"AWS"');
  });

  it('gives the value span for an array index even when the key is asked for', () => {
    expect(slice(['Statement', 0], 'key')?.startsWith('{"Effect"')).toBe(true);
  });

  it('falls back to the nearest ancestor for a missing member', () => {
    expect(slice(['Statement', 0, 'Condition', 'StringEquals'])).toBe(slice(['Statement', 0]));
    expect(slice(['Statement', 0, 'Condition'], 'key')).toBe(slice(['Statement', 0]));
  });

  it('falls back to the array for an index past its end', () => {
    expect(slice(['Statement', 5])).toBe(slice(['Statement']));
  });

  it('gives the root span for the empty path', () => {
    expect(spanAt(root, [])).toEqual({ start: 0, end: text.length });
  });

  it('does not index into a string or take a member of an array', () => {
    expect(nodeAt(root, ['Statement', 0, 'Effect', 0])).toBeUndefined();
    expect(nodeAt(root, ['Statement', 'Effect'])).toBeUndefined();
  });

  it('has no span for a tree built from a value', () => {
    const built = fromValue({ Statement: [{ Effect: 'Allow' }] });
    expect(nodeAt(built, ['Statement', 0, 'Effect'])).toEqual({ kind: 'string', value: 'Allow' });
    expect(spanAt(built, ['Statement', 0, 'Effect'])).toBeUndefined();
  });
});

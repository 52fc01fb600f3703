import { describe, expect, it } from 'vitest';
import { STS_ACTIONS } from '../action/sts-actions.js';
import { lookupKey } from '../conditions/context-keys.js';
import { BASE_OPERATORS, parseOperator } from '../conditions/operator-names.js';
import { trustPolicySchema } from './trust-policy-schema.js';

type Node = Record<string, unknown>;
const at = (node: unknown, ...keys: string[]): Node =>
  keys.reduce<Node>((n, k) => (n[k] ?? {}) as Node, node as Node);

describe('trustPolicySchema', () => {
  const schema = trustPolicySchema();

  it('offers exactly the operators the engine understands', () => {
    const names = at(schema, 'definitions', 'statement', 'properties', 'Condition', 'propertyNames')
      .enum as string[];
    for (const name of names) expect(parseOperator(name)?.canonical, name).toBe(name);
    // 3 qualifiers × (every base with and without IfExists, except Null without IfExists)
    expect(names).toHaveLength(3 * (BASE_OPERATORS.length * 2 - 1));
    expect(names).toContain('ForAnyValue:StringLikeIfExists');
    expect(names).not.toContain('NullIfExists');
  });

  it('describes known condition keys the engine knows', () => {
    const keys = Object.keys(at(schema, 'definitions', 'conditionKeys', 'properties'));
    expect(keys).toContain('aws:SourceIp');
    expect(keys).toContain('sts:ExternalId');
    for (const key of keys) expect(lookupKey(key), key).toBeDefined();
  });

  it('completes every STS action', () => {
    const actions = at(schema, 'definitions', 'actions').anyOf as Node[];
    expect(actions[0]?.enum).toEqual([...STS_ACTIONS, 'sts:*']);
  });

  it('is plain JSON (no functions or cycles), so it can be handed to a worker', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

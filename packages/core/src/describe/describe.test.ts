import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTrustFiles } from '../../test/fixture-files.js';
import { type JsonValue, toJsonValue } from '../json/json-node.js';
import { formatPath, nodeAt } from '../json/json-path.js';
import { parseJson } from '../json/parse-json.js';
import { parseTrustFile } from '../trust-file/trust-file.js';
import { describePolicy } from './describe-policy.js';
import { renderDescription } from './render-description.js';

/**
 * Golden table: each case's policy and the sentences it reads as (and, where `withParts`, how the
 * sentence is split into parts linked to JSON paths). Regenerate with UPDATE_GOLDEN=1 and review
 * the diff like code.
 */
interface DescribeCase {
  readonly name: string;
  readonly role?: string;
  readonly now?: string;
  readonly policy: JsonValue;
  readonly withParts?: boolean;
  readonly sentences?: readonly string[];
  /** [text, path] pairs; path is null for glue words. */
  readonly parts?: readonly (readonly [string, string | null])[];
}

const FILE = join(import.meta.dirname, 'describe.cases.json');
const cases = JSON.parse(readFileSync(FILE, 'utf8')) as DescribeCase[];

function run(c: DescribeCase) {
  return describePolicy(
    { policy: c.policy, role: c.role },
    c.now === undefined ? {} : { now: new Date(c.now) },
  );
}

function golden(c: DescribeCase): DescribeCase {
  const d = run(c);
  return {
    ...c,
    sentences: d.statements.map((s) => s.sentence),
    ...(c.withParts === true
      ? {
          parts: d.statements.flatMap((s) =>
            s.parts.map((p) => [p.text, p.path === undefined ? null : formatPath(p.path)] as const),
          ),
        }
      : {}),
  };
}

describe('describePolicy', () => {
  if (process.env.UPDATE_GOLDEN === '1') {
    it('updates the golden sentences', () => {
      writeFileSync(FILE, `${JSON.stringify(cases.map(golden), null, 2)}\n`);
    });
  }

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const expected = golden(c);
    expect(c.sentences).toEqual(expected.sentences);
    if (c.withParts === true) expect(c.parts).toEqual(expected.parts);
  });

  it('says why an unreadable policy has no sentences', () => {
    expect(describePolicy({ policy: '{"Statement": [' }).problem).toBeDefined();
    expect(describePolicy({ policy: '[]' }).statements).toEqual([]);
    expect(describePolicy({ policy: { Version: '2012-10-17' } }).problem).toMatch(/no statements/);
  });

  it('renders numbered lines with the Sid', () => {
    const text = renderDescription(
      describePolicy({
        policy: {
          Statement: [
            {
              Sid: 'Ec2',
              Effect: 'Allow',
              Principal: { Service: 'ec2.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        },
      }),
    );
    expect(text).toBe('1. [Ec2] Amazon EC2 (ec2.amazonaws.com) may assume this role with sts:AssumeRole.\n');
    expect(renderDescription(describePolicy({ policy: 'nope' }))).toMatch(/\n$/);
  });
});

describe('describePolicy over the evaluation corpus', () => {
  const files = readTrustFiles(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'evaluate'));
  it.each(files.map((f) => [f.name, f] as const))('%s: every part points into the policy', (_name, f) => {
    const file = parseTrustFile(f.text).file;
    const root = file?.policy.root;
    if (root === undefined) throw new Error('unreadable');
    // Describe the policy's own text, so paths and spans are the policy's.
    const text = JSON.stringify(toJsonValue(root), null, 2);
    const parsed = parseJson(text).root;
    if (parsed === undefined) throw new Error('unparsable');
    const d = describePolicy({ policy: text, role: file?.role });
    expect(d.statements.length).toBeGreaterThan(0);
    for (const s of d.statements) {
      expect(s.sentence).toBe(s.parts.map((p) => p.text).join(''));
      expect(s.sentence).not.toMatch(/undefined|\[object|\s{2}/);
      expect(s.sentence).toMatch(/[.]$/);
      for (const p of s.parts)
        if (p.path !== undefined) expect(nodeAt(parsed, p.path), formatPath(p.path)).toBeDefined();
    }
  });
});

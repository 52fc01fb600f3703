import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonPath, PathTarget } from '@trustwright/core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SOURCES, source } from '../../test/fixtures.js';
import { importFiles } from '../import/read-files.js';
import { locate, sourceRanges } from './source-map.js';

interface LocateCase {
  readonly file: string;
  readonly address: string;
  readonly path: JsonPath;
  readonly target?: PathTarget;
  /** The exact source text `locate` must point at. */
  readonly text: string;
}

const cases = JSON.parse(readFileSync(join(FIXTURES, 'locate-cases.json'), 'utf8')) as LocateCase[];
const all = importFiles(
  [
    'terraform/ec2-heredoc/main.tf',
    'terraform/jsonencode/main.tf',
    'terraform/policy-document/iam.tf',
    'terraform/policy-document/policies.tf',
    'cloudformation/roles.yaml',
    'cloudformation/template.json',
    'aws-cli/get-role.json',
    'aws-cli/authorization-details.json',
    'terraform-json/plan.json',
  ].map(source),
).flatMap((r) => r.roles);

describe('locate: a JSON path of the imported policy is a range of the source file', () => {
  for (const c of cases)
    it(`${c.file} ${c.address} ${JSON.stringify(c.path)}`, () => {
      const role = all.find((r) => r.address === c.address && (r.sourceMap?.file ?? r.file) === c.file);
      const map = role?.sourceMap;
      if (map === undefined) throw new Error(`no role ${c.address} from ${c.file}`);
      const span = locate(map, c.path, c.target);
      const text = readFileSync(join(SOURCES, c.file), 'utf8');
      expect(span === undefined ? undefined : text.slice(span.start, span.end)).toBe(c.text);
    });

  it('falls back to the nearest ancestor for a path the policy does not have', () => {
    const role = all.find((r) => r.address === 'aws_iam_role.test_role');
    const map = role?.sourceMap;
    if (map === undefined) throw new Error('no role');
    expect(locate(map, ['Statement', 0, 'Condition'])).toEqual(locate(map, ['Statement', 0]));
  });

  it('sourceRanges lists every node once, each inside the file', () => {
    for (const role of all) {
      if (role.sourceMap === undefined) continue;
      const ranges = sourceRanges(role.sourceMap);
      expect(ranges[0]?.path).toEqual([]);
      for (const { span } of ranges) expect(span.start).toBeLessThanOrEqual(span.end);
    }
  });
});

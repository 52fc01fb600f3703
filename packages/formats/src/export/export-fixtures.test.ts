import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/fixtures.js';
import { type ExportFormat, exportPolicy, exportRoles } from './export-policy.js';

interface Case {
  readonly name: string;
  readonly roleName?: string;
  readonly policy: unknown;
  readonly expected?: Partial<Record<ExportFormat, string>>;
  readonly refused?: Partial<Record<ExportFormat, string>>;
}

const cases = JSON.parse(readFileSync(join(FIXTURES, 'export-cases.json'), 'utf8')) as Case[];

function golden(name: string, actual: string): void {
  const path = join(FIXTURES, 'exports', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('export fixtures (expected output in test/fixtures/exports)', () => {
  for (const c of cases) {
    const options = c.roleName === undefined ? {} : { roleName: c.roleName };
    for (const [format, file] of Object.entries(c.expected ?? {}) as [ExportFormat, string][])
      it(`${c.name}: ${format}`, () => {
        const result = exportPolicy(c.policy, format, options);
        if (!result.ok) throw new Error(result.reason);
        golden(file, result.text);
      });
    for (const [format, reason] of Object.entries(c.refused ?? {}) as [ExportFormat, string][])
      it(`${c.name}: ${format} is refused`, () => {
        expect(exportPolicy(c.policy, format, options)).toEqual({
          ok: false,
          reason: expect.stringContaining(reason),
        });
      });
  }

  it('accepts the policy as JSON text, and says when the text is not JSON', () => {
    const policy = cases[0]?.policy;
    expect(exportPolicy(JSON.stringify(policy), 'terraform')).toEqual(exportPolicy(policy, 'terraform'));
    expect(exportPolicy('{', 'terraform')).toEqual({ ok: false, reason: 'The policy is not valid JSON.' });
  });

  it('several roles: one CloudFormation template, or each role under a comment', () => {
    const roles = cases
      .slice(0, 2)
      .map((c, i) => ({ policy: c.policy, roleName: 'same-name', label: `role ${i}` }));
    const template = JSON.parse(exportRoles(roles, 'cloudformation-json').text) as { Resources: object };
    expect(Object.keys(template.Resources)).toEqual(['SameName', 'SameName2']);
    const terraform = exportRoles(roles, 'terraform');
    expect(terraform.failures).toEqual([]);
    expect(terraform.text).toContain('# role 0\nresource "aws_iam_role"');
    const refused = exportRoles([{ policy: cases[3]?.policy }], 'terraform-policy-document');
    expect(refused.failures).toMatchObject([{ index: 0 }]);
  });
});

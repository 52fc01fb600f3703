import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectJsonGolden, FIXTURES, source } from '../../test/fixtures.js';
import type { ImportResult, SourceLocation } from '../model/types.js';
import { importFiles } from './read-files.js';

interface Case {
  readonly name: string;
  readonly files: readonly string[];
  readonly expected: string;
}

const cases = JSON.parse(readFileSync(join(FIXTURES, 'import-cases.json'), 'utf8')) as Case[];

const at = (l: SourceLocation | undefined) => (l === undefined ? undefined : `${l.line}:${l.column}`);

/** What a reviewer checks in an import: roles, policies, provenance, unresolved values, problems. */
function summarise(results: readonly ImportResult[]) {
  return results.map((r) => ({
    file: r.file,
    format: r.format,
    problems: r.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      at: at(p.location),
      message: p.message,
    })),
    roles: r.roles.map((role) => ({
      address: role.address,
      name: role.name,
      arn: role.arn,
      at: at(role.location),
      encoding: role.encoding,
      policy: role.policy,
      unresolved: role.unresolved.map((u) => ({ path: u.path, kind: u.kind, placeholder: u.placeholder })),
      problems: role.problems.map((p) => ({ code: p.code, severity: p.severity, at: at(p.location) })),
    })),
  }));
}

describe('import fixtures (expected results in test/fixtures/expected)', () => {
  for (const c of cases)
    it(c.name, () => {
      expectJsonGolden(c.expected, summarise(importFiles(c.files.map(source))));
    });
});

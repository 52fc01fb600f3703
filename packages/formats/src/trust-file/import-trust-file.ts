import { parseTrustFile } from '@trustwright/core';
import { type FileContext, roleFromTree, roleWithoutPolicy } from '../model/role-builder.js';
import type { ImportedRole, ImportedScenario } from '../model/types.js';

/** A `*.trust.json` (policy, role and scenarios) or a bare policy JSON: one role. */
export function* readTrustFile(text: string, ctx: FileContext): Generator<ImportedRole> {
  const { file, findings } = parseTrustFile(text);
  for (const f of findings)
    ctx.problems.add(
      f.code === 'json-syntax' ? 'syntax-error' : 'policy-invalid',
      f.severity,
      `${f.message}`,
      f.span,
    );
  const span = { start: 0, end: text.length };
  if (file === undefined) return;
  const scenarios: ImportedScenario[] = file.scenarios.map((s) => ({
    name: s.name,
    request: s.request,
    ...(s.expect === undefined ? {} : { expect: s.expect }),
  }));
  const draft = {
    address: file.kind === 'policy' ? 'policy' : 'trust file',
    arn: file.role,
    span,
    scenarios,
    suppressions: file.suppressions,
  };
  const root = file.policy.root;
  if (root === undefined)
    return yield roleWithoutPolicy(ctx, draft, 'policy-invalid', `The file has no readable policy.`, span);
  yield roleFromTree(ctx, draft, root, { tree: root, offset: 0 }, 'object');
}

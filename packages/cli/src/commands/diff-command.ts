import {
  type AccessChange,
  compileTrustFile,
  diffPolicies,
  type PolicyDiff,
  policyTextOf,
  renderDiff,
} from '@trustwright/core';
import { type CliIo, EXIT, type ExitCode, InputError } from '../io.js';
import type { OutputFormat } from '../options.js';
import { formatFinding, locate, tryReadTrustFile } from '../read-input.js';

export interface DiffOptions {
  readonly old: string;
  readonly new: string;
  readonly role: string | undefined;
  readonly format: OutputFormat;
  readonly now: number;
}

/**
 * `trustwright diff OLD NEW`: who gains or loses the ability to assume the role. Exit 1 when any
 * access is added (a CI gate on pull requests), 0 when none is, 2 for unusable input.
 */
export function diffCommand(io: CliIo, options: DiffOptions): ExitCode {
  const sides = [options.old, options.new].map((path) => ({ path, result: tryReadTrustFile(io, path) }));
  const failed = sides.filter((s) => !s.result.ok);
  if (failed.length > 0)
    throw new InputError(failed.map((s) => (s.result.ok ? '' : s.result.message)).join('\ntrustwright: '));
  const [old, next] = sides.map((s) => {
    if (!s.result.ok) throw new Error('unreachable');
    return { path: s.path, ...s.result };
  }) as [
    { path: string } & Extract<ReturnType<typeof tryReadTrustFile>, { ok: true }>,
    { path: string } & Extract<ReturnType<typeof tryReadTrustFile>, { ok: true }>,
  ];
  const roles = [old.file.role, next.file.role].map((r) => (r === '' ? undefined : r));
  if (options.role === undefined && roles[0] !== undefined && roles[1] !== undefined && roles[0] !== roles[1])
    throw new InputError(
      `the versions are for different roles (${old.path}: ${roles[0]}, ${next.path}: ${roles[1]}); a diff compares one role's trust policy, so pass --role ARN to compare both as attached to the same role`,
    );
  const role = options.role ?? roles[0] ?? roles[1];
  for (const side of [old, next]) {
    for (const w of side.warnings) io.stderr(`${formatFinding(w)}\n`);
    const compiled = compileTrustFile({ ...side.file, role });
    const roleError = compiled.findings.find((f) => f.code === 'invalid-role');
    if (roleError !== undefined) throw new InputError(`--role: ${roleError.message}`);
    for (const f of locate(side.path, side.text, compiled.findings)) io.stderr(`${formatFinding(f)}\n`);
  }
  const diff = diffPolicies(
    { policy: policyTextOf(old.file), role },
    { policy: policyTextOf(next.file), role },
    { now: options.now },
  );
  if (!diff.ok) throw new InputError(diff.problems.map((p) => p.message).join('; '));
  if (options.format === 'json') io.stdout(`${JSON.stringify(toJson(diff, old.path, next.path, role))}\n`);
  else
    io.stdout(
      `Comparing ${old.path} (old) with ${next.path} (new)${role === undefined ? '' : ` for ${role}`}:\n\n${renderDiff(diff)}\n`,
    );
  return diff.summary.added > 0 ? EXIT.failed : EXIT.ok;
}

function toJson(diff: PolicyDiff, oldPath: string, newPath: string, role: string | undefined) {
  return {
    base: { file: oldPath },
    head: { file: newPath },
    role: role ?? null,
    exact: diff.exact,
    limitations: diff.limitations,
    summary: diff.summary,
    changes: diff.changes.map(changeJson),
  };
}

function changeJson(c: AccessChange) {
  return {
    id: c.id,
    direction: c.direction,
    description: c.description,
    witness: c.witness,
    base: c.base,
    head: c.head,
    actions: c.actions,
    principals: c.principals,
    callers: c.callers,
    witnessCount: c.witnessCount,
  };
}

import { canonicalStatement } from '../policy/canonical-statement.js';
import { readStatement } from '../policy/read-statements.js';
import type { CombinedPolicy, StatementJson } from '../types/policy-json.js';

export type CombineMode = 'replace' | 'add';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the existing policy (object or JSON text); undefined when it is not a policy object. */
function existingObject(existing: unknown): Record<string, unknown> | undefined {
  if (typeof existing === 'string') {
    try {
      const parsed: unknown = JSON.parse(existing);
      return isRecord(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return isRecord(existing) ? existing : undefined;
}

/** `Sid` → `Sid2`, `Sid3`, ...: IAM Sids are letters and digits only and unique per policy. */
function freeSid(sid: string, used: ReadonlySet<string>): string {
  if (!used.has(sid)) return sid;
  for (let n = 2; ; n++) if (!used.has(`${sid}${n}`)) return `${sid}${n}`;
}

/**
 * Puts a wizard's statements into a policy. `replace` writes a new policy. `add` keeps the
 * existing document verbatim (its other fields and every statement), skips new statements
 * that mean the same as an existing one (Sids aside), and renames clashing Sids. An existing
 * policy that is not a JSON object cannot be added to, so `add` then behaves like `replace`;
 * the app shows `diffPolicies` before writing either way.
 */
export function combine(
  existing: unknown,
  statements: readonly StatementJson[],
  mode: CombineMode,
): CombinedPolicy {
  const current = mode === 'add' ? existingObject(existing) : undefined;
  if (current === undefined) return { Version: '2012-10-17', Statement: [...statements] };
  const raw = current.Statement;
  const kept: unknown[] = Array.isArray(raw) ? [...raw] : raw === undefined ? [] : [raw];
  const meanings = new Set(kept.map((s, i) => canonicalStatement(readStatement(s, i))));
  const used = new Set(
    kept
      .map((s) => (isRecord(s) && typeof s.Sid === 'string' ? s.Sid : undefined))
      .filter((s) => s !== undefined),
  );
  const added: StatementJson[] = [];
  for (const s of statements) {
    const meaning = canonicalStatement(readStatement(s, 0));
    if (meanings.has(meaning)) continue;
    meanings.add(meaning);
    const sid = freeSid(s.Sid, used);
    used.add(sid);
    added.push(sid === s.Sid ? s : { ...s, Sid: sid });
  }
  return {
    ...(current.Version === undefined ? { Version: '2012-10-17' } : {}),
    ...current,
    Statement: [...kept, ...added],
  };
}

import { isAccountId } from '@trustwright/core';
import type { ShapeStatement } from './read-statements.js';

/**
 * One comparable text per statement meaning: element and key order, value order, duplicate
 * values, action case and condition-key case do not change what IAM does, so they do not
 * change this text. The Sid is left out: renaming a statement is a cosmetic hand edit.
 */
export function canonicalStatement(statement: ShapeStatement): string {
  return JSON.stringify([
    statement.effect ?? null,
    canonicalPrincipal(statement),
    uniqueSorted(statement.actions.map((a) => a.toLowerCase())),
    canonicalConditions(statement),
    [...statement.extraElements].sort(),
    statement.problem ?? null,
  ]);
}

export function canonicalPrincipal(statement: ShapeStatement): unknown {
  if (statement.principal === '*' || statement.principal === undefined) return statement.principal ?? null;
  return [...statement.principal.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, values]) => [type, uniqueSorted(values.map((v) => canonicalPrincipalValue(type, v)))]);
}

/** A bare account ID and its root ARN name the same principal; IAM itself rewrites one to the other. */
export function canonicalPrincipalValue(type: string, value: string): string {
  return type === 'AWS' && isAccountId(value) ? `arn:aws:iam::${value}:root` : value;
}

export function canonicalConditions(statement: ShapeStatement): unknown {
  const merged = new Map<string, Set<string>>();
  for (const c of statement.conditions) {
    const id = `${c.operator}\u0000${c.key.toLowerCase()}`;
    const set = merged.get(id) ?? new Set<string>();
    for (const v of c.values) set.add(v);
    merged.set(id, set);
  }
  return [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, values]) => [id, [...values].sort()]);
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

import { isAccountId } from '@trustwright/core';

/** A 12-digit account that is none of `taken`: the "wrong account" of near-miss scenarios. */
export function otherAccount(...taken: readonly string[]): string {
  const base = taken.find(isAccountId) ?? '111122223333';
  for (let step = 1; step < 10; step++) {
    const last = (Number(base[11]) + step) % 10;
    const candidate = `${base.slice(0, 11)}${last}`;
    if (!taken.includes(candidate)) return candidate;
  }
  return '999988887777';
}

/** `name` changed so it is none of `taken` (and stays a valid IAM/Kubernetes-style name). */
export function otherName(name: string, taken: readonly string[], prefix = 'other-'): string {
  let candidate = `${prefix}${name}`.slice(0, 60);
  for (let n = 2; taken.includes(candidate); n++) candidate = `${prefix}${n}-${name}`.slice(0, 60);
  return candidate;
}

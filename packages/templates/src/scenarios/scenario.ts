import type { ContextScalar, Decision, TrustRequest } from '@trustwright/core';
import type { StarterScenario } from '../types/wizard.js';

export type Context = Readonly<Record<string, ContextScalar | readonly ContextScalar[]>>;

/** A starter scenario in the trust-file shape; the context is omitted when empty. */
export function scenario(
  name: string,
  principal: TrustRequest['principal'],
  context: Context,
  expect: Decision,
  action = 'sts:AssumeRole',
): StarterScenario {
  return {
    name,
    request: { action, principal, ...(Object.keys(context).length === 0 ? {} : { context }) },
    expect,
  };
}

/** A copy of the context without one key (case-insensitive, like condition keys). */
export function without(context: Context, key: string): Context {
  const lower = key.toLowerCase();
  return Object.fromEntries(Object.entries(context).filter(([k]) => k.toLowerCase() !== lower));
}

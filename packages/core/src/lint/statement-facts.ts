import { lookupKey } from '../conditions/context-keys.js';

export { isEksIssuer, isGitHubIssuer } from '../conditions/web-identity-claims.js';

import { type ParsedOperator, parseOperator, type SetQualifier } from '../conditions/operator-names.js';
import type { ConditionClause, Policy, Statement } from '../model/policy.js';
import type { PolicyPrincipal, PolicyPrincipalKind } from '../principal/policy-principal.js';

/**
 * Facts the warning rules share: which principals a statement names, how each condition clause
 * behaves when its key is missing, and which keys narrow a statement (its own conditions, or a
 * Deny that shuts out everyone without the key). Written once so the rules agree on them.
 */
export interface Clause {
  readonly clause: ConditionClause;
  readonly op: ParsedOperator | undefined;
  /** The condition key in lower case (key names are case-insensitive). */
  readonly key: string;
}

export function clausesOf(s: Statement): Clause[] {
  return s.conditions.map((clause) => ({
    clause,
    op: parseOperator(clause.operator),
    key: clause.key.toLowerCase(),
  }));
}

/** The principals a statement names (Principal, never NotPrincipal), leaving out unreadable ones. */
export function principalsOf(s: Statement): PolicyPrincipal[] {
  if (s.principal === undefined || s.principal.not) return [];
  return s.principal.entries.filter((e) => e.kind !== 'invalid');
}

/** Principal kinds that name IAM identities (callers with credentials of an AWS account). */
export const AWS_IDENTITY_KINDS: ReadonlySet<PolicyPrincipalKind> = new Set([
  'account',
  'root',
  'user',
  'role',
  'assumed-role',
  'federated-user',
  'unique-id',
]);

/**
 * Whether the clause is false when the request lacks its key (so it demands the key): positive
 * operators, ForAnyValue, Null "false". Negated operators, IfExists and ForAllValues are true then.
 * An unknown operator never matches.
 */
export function falseWhenMissing(c: Clause): boolean {
  const op = c.op;
  if (op === undefined) return true;
  if (op.base.name === 'Null') {
    if (op.qualifier !== undefined) return op.qualifier === 'ForAnyValue';
    return c.clause.values.some((v) => v.text.toLowerCase() === 'false');
  }
  if (op.qualifier === 'ForAnyValue') return true;
  if (op.qualifier === 'ForAllValues' || op.ifExists || op.base.negated) return false;
  return true;
}

/** A positive test of the key's value: demands the key and compares it (not Null). */
function testsValue(c: Clause): boolean {
  return c.op !== undefined && c.op.base.name !== 'Null' && !c.op.base.negated && falseWhenMissing(c);
}

/** `*`, `?*` and the like: under a Like operator these match any value at all. */
export function isWildcardOnly(text: string): boolean {
  return /^[*?]+$/.test(text);
}

/** Whether `*` or `?` appear outside policy variables (`${...}` is literal text or a variable). */
export function hasWildcard(text: string, variablesEnabled: boolean): boolean {
  const bare = variablesEnabled ? text.replace(/\$\{[^}]*\}/g, '') : text;
  return /[*?]/.test(bare);
}

/** True when the clause's values pin something: under a Like operator, not only wildcards. */
function concrete(c: Clause): boolean {
  if (c.clause.values.length === 0) return false;
  if (c.op?.base.wildcards !== true) return true;
  return c.clause.values.some((v) => !isWildcardOnly(v.text));
}

/** Whether a Deny statement's principals include `entry` (or everyone of the AWS kind). */
function denyCovers(deny: Statement, entry: PolicyPrincipal | undefined): boolean {
  return principalsOf(deny).some(
    (p) =>
      p.kind === 'any-aws' ||
      (entry !== undefined && p.key === entry.key && p.value.toLowerCase() === entry.value.toLowerCase()),
  );
}

/**
 * Keys (lower case) that narrow who statement `s` lets in for the principal `entry`: a clause of
 * `s` that demands the key and, with `concreteOnly`, pins a real value; or a Deny covering the
 * same principal whose condition holds when the key is missing or different (`StringNotEquals`,
 * `ArnNotLike`, `Null "true"`), so everyone without the right value is denied. Deliberately
 * generous: a rule that reports a missing key must not fire when the key is checked anywhere.
 */
export function narrowingKeys(
  policy: Policy,
  s: Statement,
  entry: PolicyPrincipal | undefined,
  concreteOnly = true,
): Set<string> {
  const keys = new Set<string>();
  for (const c of clausesOf(s)) if (testsValue(c) && (!concreteOnly || concrete(c))) keys.add(c.key);
  for (const deny of policy.statements) {
    if (deny.effect !== 'Deny' || !denyCovers(deny, entry)) continue;
    for (const c of clausesOf(deny)) {
      const op = c.op;
      if (op === undefined || op.qualifier === 'ForAnyValue') continue;
      const nullTrue =
        op.base.name === 'Null' && c.clause.values.some((v) => v.text.toLowerCase() === 'true');
      if (nullTrue || (op.base.negated && concrete(c))) keys.add(c.key);
    }
  }
  return keys;
}

/** Whether `key` (lower case) is a known single-valued key. Unknown keys answer false. */
export function isSingleValued(key: string): boolean {
  const known = lookupKey(key);
  return known !== undefined && !known.multi;
}

export function isMultiValued(key: string): boolean {
  return lookupKey(key)?.multi === true;
}

/** The issuer part of an OIDC provider principal: its ARN's resource after `oidc-provider/`, or the domain. */
export function issuerOf(entry: PolicyPrincipal): string | undefined {
  if (entry.kind === 'oidc-provider') return entry.name;
  if (entry.kind === 'web-identity-provider') return entry.value;
  return undefined;
}

/** Whether another operator block of the same Condition is already called `name`. */
export function hasSiblingOperator(
  s: Statement,
  operatorPath: readonly (string | number)[],
  name: string,
): boolean {
  const own = operatorPath[operatorPath.length - 1];
  return s.conditions.some((c) => c.operator === name && c.operator !== own);
}

/** Clauses that share the operator block at `operatorPath`. */
export function blockClauses(s: Statement, operatorPath: readonly (string | number)[]): ConditionClause[] {
  return s.conditions.filter((c) => c.operatorPath === operatorPath);
}

/**
 * The operator's `IfExists` suffix around a new base, with the operator's own set qualifier, another
 * one, or none (`null`).
 */
export function withBase(
  op: ParsedOperator,
  base: string,
  qualifier: SetQualifier | null = op.qualifier ?? null,
): string {
  return `${qualifier === null ? '' : `${qualifier}:`}${base}${op.ifExists ? 'IfExists' : ''}`;
}

/**
 * Keys (lower case) that say which callers of a trusted account may assume the role: who they
 * are (`aws:PrincipalArn`, `aws:userid`, ...), the external ID a third party passes, or the
 * organization the account belongs to.
 */
const ACCOUNT_RESTRICTING_KEYS: ReadonlySet<string> = new Set([
  'aws:principalarn',
  'aws:userid',
  'aws:username',
  'aws:principaltype',
  'sts:externalid',
  'aws:principalorgid',
  'aws:principalorgpaths',
]);

/**
 * Whole accounts (ID or `:root`) trusted by an Allow with no Condition at all and no Deny that
 * restricts their callers: the trust is then whatever that account's own identity policies say.
 */
export function unconditionedAccountTrusts(
  policy: Policy,
): { statement: Statement; entry: PolicyPrincipal }[] {
  const out: { statement: Statement; entry: PolicyPrincipal }[] = [];
  for (const statement of policy.statements) {
    if (statement.effect !== 'Allow' || statement.conditions.length > 0) continue;
    for (const entry of principalsOf(statement)) {
      if (entry.kind !== 'account' && entry.kind !== 'root') continue;
      const keys = narrowingKeys(policy, statement, entry);
      if ([...keys].some((k) => ACCOUNT_RESTRICTING_KEYS.has(k))) continue;
      out.push({ statement, entry });
    }
  }
  return out;
}

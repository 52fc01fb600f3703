import {
  isAccountId,
  type JsonNode,
  type JsonPath,
  normalizePolicy,
  type PolicyPrincipalKind,
  parseArn,
  parseRoleArn,
} from '@trustwright/core';
import type { UnresolvedValue } from '../model/types.js';

/** How a trusted principal relates to the role's own account. */
export type AccountRelation = 'same' | 'external' | 'any' | 'unknown' | 'none';

/** One principal an Allow statement trusts: a row of the "who can assume" table. */
export interface TrustedPrincipal {
  /** Core's principal kinds (`any-aws`, `account`, `role`, `service`, `saml-provider`, `oidc-provider`, ...), or `unresolved`. */
  readonly kind: PolicyPrincipalKind | 'unresolved';
  /** The principal key as written: AWS, Service, Federated. */
  readonly key: string;
  readonly value: string;
  /** The account the principal belongs to, when it names one. */
  readonly account?: string;
  /**
   * `same` / `external`: relative to the role's account (known from its ARN, or from
   * `${AWS::AccountId}` in a template); `any`: every AWS account (`*`); `unknown`: the role's
   * account is not known; `none`: services and web identity providers belong to no account.
   */
  readonly relation: AccountRelation;
  /** NotPrincipal: everyone except this value. */
  readonly except: boolean;
  readonly actions: readonly string[];
  /** Condition keys the statement checks (empty: trusted without conditions). */
  readonly conditions: readonly string[];
  readonly statement: number;
  readonly sid?: string;
  readonly path: JsonPath;
}

/**
 * Who the Allow statements of a trust policy let in, principal by principal, with core's reading
 * of each principal value. Deny statements only take access away, so they are not rows here
 * (their effect is in the findings and the scenarios).
 */
export function whoCanAssume(
  tree: JsonNode,
  roleArn: string | undefined,
  unresolved: readonly UnresolvedValue[] = [],
): TrustedPrincipal[] {
  const policy = normalizePolicy(tree);
  const parsed = roleArn === undefined || roleArn === '' ? undefined : parseRoleArn(roleArn);
  const roleAccount = parsed === undefined || 'error' in parsed ? undefined : parsed.account;
  const rows: TrustedPrincipal[] = [];
  for (const s of policy.statements) {
    if (s.effect !== 'Allow' || s.malformed !== undefined || s.principal === undefined) continue;
    const actions =
      s.action === undefined
        ? []
        : s.action.patterns.map((p) => (s.action?.not ? `not ${p.value}` : p.value));
    const conditions = [...new Set(s.conditions.map((c) => c.key))];
    for (const e of s.principal.entries) {
      const open = unresolved.find((u) => isPrefix(u.path, e.path));
      const guessed = open === undefined ? undefined : templateAccount(e.value);
      const account = open === undefined ? e.account : guessed === 'same' ? roleAccount : guessed;
      let relation: AccountRelation;
      if (e.kind === 'any-aws') relation = 'any';
      else if (guessed === 'same') relation = 'same';
      else if (open !== undefined && e.key === 'Service') relation = 'none';
      else if (account === undefined)
        relation = e.kind === 'service' || e.kind === 'web-identity-provider' ? 'none' : 'unknown';
      else if (roleAccount === undefined) relation = 'unknown';
      else relation = account === roleAccount ? 'same' : 'external';
      rows.push({
        kind: open === undefined ? e.kind : 'unresolved',
        key: e.key,
        value: e.value,
        ...(account === undefined ? {} : { account }),
        relation,
        except: s.principal.not,
        actions,
        conditions,
        statement: s.index,
        ...(s.sid === undefined ? {} : { sid: s.sid }),
        path: e.path,
      });
    }
  }
  return rows;
}

export function isPrefix(prefix: JsonPath, path: JsonPath): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}

/**
 * The account an unresolved principal names when the only unknowns are the partition and the
 * role's own account id (`arn:${AWS::Partition}:iam::${AWS::AccountId}:root`, what CDK writes).
 */
function templateAccount(value: string): string | 'same' | undefined {
  const v = value.replaceAll(`\${AWS::Partition}`, 'aws');
  if (v === `\${AWS::AccountId}` || /^arn:[a-z-]+:iam::\$\{AWS::AccountId\}:/.test(v)) return 'same';
  if (v.includes(`\${`)) return undefined;
  if (isAccountId(v)) return v;
  const arn = parseArn(v);
  return arn !== undefined && isAccountId(arn.account) ? arn.account : undefined;
}

import { lookupKey } from '../../../conditions/context-keys.js';
import { statementLabel } from '../../../model/policy.js';
import type { PolicyPrincipalKind } from '../../../principal/policy-principal.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import {
  AWS_IDENTITY_KINDS,
  type Clause,
  clausesOf,
  falseWhenMissing,
  issuerOf,
} from '../../statement-facts.js';

/** Only bearer-token requests carry these (service authorization reference for STS). */
const NEVER_FOR_ROLES = new Set(['sts:durationseconds', 'sts:awsservicename']);
/** SAML keys that stay with a SAML session, so a chained AssumeRole by that session carries them. */
const SAML_PERSISTENT = new Set(['saml:sub', 'saml:sub_type', 'saml:namequalifier']);
const SOURCE_KEYS = new Set(['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths']);
const USER_KINDS: ReadonlySet<PolicyPrincipalKind> = new Set(['account', 'root', 'user', 'unique-id']);

interface Callers {
  readonly kinds: ReadonlySet<PolicyPrincipalKind>;
  /** Trusted web identity issuers, lower case to their spelling in the policy. */
  readonly issuers: ReadonlyMap<string, string>;
}

/** Why the key cannot be in any request this statement's principals make, or undefined. */
function absence(key: string, written: string, callers: Callers | undefined): string | undefined {
  if (NEVER_FOR_ROLES.has(key))
    return `${written} is set only for bearer-token requests, never when a role is assumed`;
  // GitHub and EKS token claims STS does not evaluate are never in any request.
  const notSent = lookupKey(key)?.notSent;
  if (notSent !== undefined) return `${written}: ${notSent}`;
  // Unreadable principals, NotPrincipal and "*" could be anyone: say nothing.
  if (callers === undefined || callers.kinds.has('any-aws')) return undefined;
  const { kinds, issuers } = callers;
  const identity = [...kinds].some((k) => AWS_IDENTITY_KINDS.has(k));
  if (key.startsWith('saml:')) {
    if (kinds.has('saml-provider') || (identity && SAML_PERSISTENT.has(key))) return undefined;
    return `${written} is set only when a SAML provider signs in (sts:AssumeRoleWithSAML), and this statement trusts no SAML provider`;
  }
  if (key === 'sts:externalid') {
    if (identity || kinds.has('service')) return undefined;
    return 'sts:ExternalId is passed only to sts:AssumeRole, which the federated principals of this statement do not call';
  }
  if (key === 'aws:username') {
    if ([...kinds].some((k) => USER_KINDS.has(k))) return undefined;
    return 'aws:username is set only for IAM users, and this statement trusts no user or account';
  }
  if (SOURCE_KEYS.has(key)) {
    if (kinds.has('service')) return undefined;
    return `${written} is set only when an AWS service acts for one of its resources, and this statement trusts no service principal`;
  }
  const colon = key.lastIndexOf(':');
  const prefix = key.slice(0, colon);
  const claim =
    colon > 0 && prefix.includes('.') && !/^(aws|sts|saml|iam):/.test(key) && lookupKey(key) !== undefined;
  // A role session created by web identity keeps some claims when it chains: leave AWS callers alone.
  if (!claim || identity || issuers.has(prefix)) return undefined;
  return issuers.size === 0
    ? `${written} is a claim of web identity tokens from ${written.slice(0, colon)}, and this statement trusts no web identity provider`
    : `${written} is a claim of tokens from ${written.slice(0, colon)}, but this statement trusts ${[...issuers.values()].join(', ')}`;
}

function consequence(c: Clause, effect: 'Allow' | 'Deny'): string {
  if (falseWhenMissing(c))
    return effect === 'Allow'
      ? 'this condition is always false and the statement never applies'
      : 'this Deny never applies';
  return effect === 'Allow'
    ? 'this condition is always true and restricts nothing'
    : 'this condition is always true, so the Deny applies to every request it otherwise matches';
}

/**
 * Semantics reference §7 pattern 35 and §5: keys STS never puts in the request this statement's
 * principals make. Lenient by design: any principal that might carry the key silences it.
 */
export const conditionKeyNeverPresent = defineRule({
  id: 'condition-key-never-present',
  severity: 'warning',
  category: 'correctness',
  summary: 'A condition key that is never in the requests of this statement’s principals',
  docs: { references: [REF.globalKeys, REF.iamStsKeys, REF.stsActions, REF.githubOidc] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect === undefined) continue;
      const entries = s.principal?.not === false ? s.principal.entries : [];
      const readable = entries.length > 0 && entries.every((e) => e.kind !== 'invalid');
      const callers: Callers | undefined = readable
        ? {
            kinds: new Set(entries.map((e) => e.kind)),
            issuers: new Map(
              entries.flatMap((e) => {
                const issuer = issuerOf(e);
                return issuer === undefined ? [] : [[issuer.toLowerCase(), issuer] as const];
              }),
            ),
          }
        : undefined;
      for (const c of clausesOf(s)) {
        const why = absence(c.key, c.clause.key, callers);
        if (why === undefined) continue;
        ctx.report(c.clause.path, {
          target: 'key',
          message: `${why}, so in ${statementLabel(s)} ${consequence(c, s.effect)}.`,
          help: 'Use a key that this kind of caller sends, or move the condition to a statement for the principals that send it.',
        });
      }
    }
  },
});

import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf, hasWildcard, principalsOf } from '../../statement-facts.js';

/** Identifiers whose every character matters: a pattern over them admits strangers. */
const ID_KEYS = new Set([
  'aws:principalaccount',
  'aws:sourceaccount',
  'aws:principalorgid',
  'aws:sourceorgid',
  'sts:externalid',
]);
const ARN_KEYS = new Set(['aws:principalarn', 'aws:sourcearn']);
/** Keys about the caller's own account: a Principal naming accounts, users or roles already pins those. */
const CALLER_KEYS = new Set(['aws:principalarn', 'aws:principalaccount', 'aws:principalorgid']);

/** The account field of an ARN pattern has a wildcard (or the pattern ends before it with one). */
function accountUnpinned(value: string): boolean {
  const parts = value.split(':');
  if (parts.length < 5) return /[*?]/.test(value);
  return (
    /[*?]/.test(parts[4] ?? '') || (parts.slice(0, 4).join(':').includes('*') && (parts[4] ?? '') === '')
  );
}

/**
 * Semantics reference §7 patterns 9, 11 and 33: the global-keys page says wildcards have no valid
 * use in account and organization identifiers; an ARN pattern with any account lets anyone create
 * a role or resource of that name in their own account.
 */
export const wildcardInSensitiveKey = defineRule({
  id: 'wildcard-in-sensitive-key',
  severity: 'warning',
  category: 'security',
  summary: 'A wildcard in an account ID, organization ID, external ID, or the account of an ARN',
  docs: { references: [REF.globalKeys, REF.externalId] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow') continue;
      // Only "*" (or a service, for the source keys) leaves the caller's account open to begin with.
      const open = principalsOf(s).some((e) => e.kind === 'any-aws' || e.kind === 'service');
      for (const { clause, op, key } of clausesOf(s)) {
        if (op === undefined || !op.base.wildcards || op.base.negated) continue;
        const arn = ARN_KEYS.has(key);
        if ((!arn && !ID_KEYS.has(key)) || (key !== 'sts:externalid' && !open)) continue;
        if (CALLER_KEYS.has(key) && !principalsOf(s).some((e) => e.kind === 'any-aws')) continue;
        for (const v of clause.values) {
          if (!hasWildcard(v.text, ctx.policy.variablesEnabled)) continue;
          if (arn && !accountUnpinned(v.text)) continue;
          ctx.report(v.path, {
            message: arn
              ? `${JSON.stringify(v.text)} leaves the account open: anyone can create a matching ${key === 'aws:principalarn' ? 'role or user' : 'resource'} in their own account and pass ${statementLabel(s)}.`
              : `${JSON.stringify(v.text)} is a pattern over ${clause.key}, which is an identifier: it admits every value that fits, including other people's.`,
            help: arn
              ? 'Write the account ID in the ARN.'
              : `Write the exact ${clause.key} values with StringEquals.`,
          });
        }
      }
    }
  },
});

import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf } from '../../statement-facts.js';

/** Keys that say who the caller is, and the external ID that stands in for it with a vendor. */
const CALLER_KEYS = new Set([
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  'sts:externalid',
]);
/** Keys of the resource a service acts for: IfExists on these is a legitimate hedge, negation is not. */
const SOURCE_KEYS = new Set(['aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid']);

/**
 * Semantics reference §7 patterns 23 and 24: in an Allow, a negated operator or IfExists on a key
 * that identifies the caller is true when the key is missing, so callers without it pass.
 * ForAllValues is left to the for-all-values rules.
 */
export const identityConditionTrueWhenMissing = defineRule({
  id: 'identity-condition-true-when-missing',
  severity: 'warning',
  category: 'security',
  summary: 'An identity condition in an Allow that is true when the key is missing',
  docs: { references: [REF.operators, REF.globalKeys] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow') continue;
      for (const { clause, op, key } of clausesOf(s)) {
        if (op === undefined || op.qualifier !== undefined || op.base.name === 'Null') continue;
        const negated = op.base.negated && (CALLER_KEYS.has(key) || SOURCE_KEYS.has(key));
        const ifExists = op.ifExists && !op.base.negated && CALLER_KEYS.has(key);
        if (!negated && !ifExists) continue;
        ctx.report(clause.path, {
          target: 'key',
          message: negated
            ? `${clause.operator} on ${clause.key} in ${statementLabel(s)} lets in every caller that does not match the listed values, including callers without ${clause.key}: in an Allow it widens access instead of narrowing it.`
            : `${clause.operator} on ${clause.key} is true when the request has no ${clause.key}, so ${statementLabel(s)} lets in callers that do not send it.`,
          help: negated
            ? `Allow the values you trust with the positive operator, or move the negated test to a Deny statement.`
            : `Drop IfExists: write ${op.base.name}.`,
        });
      }
    }
  },
});

import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf, falseWhenMissing, isMultiValued } from '../../statement-facts.js';

/** Lists where "no values" is harmless: a request without session tags passes a tag-key allow-list. */
const ABSENCE_IS_FINE = new Set(['aws:tagkeys', 'sts:transitivetagkeys']);

/**
 * Semantics reference §4.5 and §7 pattern 21: ForAllValues is true for a missing key, so on a
 * multivalued key that identifies the caller (org paths, Cognito amr, SAML attributes) an Allow
 * lets in requests that carry no value at all, unless something else demands the key.
 */
export const forAllValuesWithoutPresenceCheck = defineRule({
  id: 'for-all-values-without-presence-check',
  severity: 'warning',
  category: 'security',
  summary: 'ForAllValues on a multivalued key in an Allow, with nothing that demands the key',
  docs: { references: [REF.multiValued, REF.operators] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow') continue;
      const clauses = clausesOf(s);
      for (const { clause, op, key } of clauses) {
        if (op?.qualifier !== 'ForAllValues' || op.base.name === 'Null' || op.base.negated) continue;
        if (!isMultiValued(key) || ABSENCE_IS_FINE.has(key)) continue;
        const demanded = clauses.some((c) => c.key === key && c.clause !== clause && falseWhenMissing(c));
        if (demanded) continue;
        ctx.report(clause.path, {
          target: 'key',
          message: `${clause.operator} on ${clause.key} is true when the request has no ${clause.key}, so ${statementLabel(s)} lets in requests without it.`,
          help: `Add "Null": {"${clause.key}": "false"} to demand the key, or use ForAnyValue:${op.base.name}${op.ifExists ? 'IfExists' : ''} if one matching value is enough.`,
        });
      }
    }
  },
});

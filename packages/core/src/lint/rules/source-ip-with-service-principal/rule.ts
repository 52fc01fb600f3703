import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { clausesOf, principalsOf } from '../../statement-facts.js';

/**
 * Semantics reference §7 pattern 30: when a service assumes a role, the request comes from the
 * service, so aws:SourceIp is one of AWS's addresses (or absent), never the user's network.
 */
export const sourceIpWithServicePrincipal = defineRule({
  id: 'source-ip-with-service-principal',
  severity: 'warning',
  category: 'correctness',
  summary: 'aws:SourceIp in a statement that trusts only service principals',
  docs: { references: [REF.globalKeys] },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      const entries = principalsOf(s);
      if (entries.length === 0 || !entries.every((e) => e.kind === 'service')) continue;
      for (const { clause, key } of clausesOf(s)) {
        if (key !== 'aws:sourceip') continue;
        ctx.report(clause.path, {
          target: 'key',
          message: `${statementLabel(s)} trusts only service principals, which assume roles from AWS's own addresses: aws:SourceIp never holds your network's address here.`,
          help: 'Use aws:SourceArn or aws:SourceAccount to say which resource the service may act for.',
        });
      }
    }
  },
});

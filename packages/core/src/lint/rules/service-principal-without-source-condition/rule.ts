import { statementLabel } from '../../../model/policy.js';
import { serviceWithoutSourceKeys } from '../../../principal/service-source-keys.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { narrowingKeys } from '../../statement-facts.js';

/**
 * sts:ExternalId counts as well: some services pass one that names your account, and document it
 * as their confused-deputy guard (Firehose passes the account ID, "Controlling access with
 * Amazon Data Firehose").
 */
const SOURCE_KEYS = [
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'sts:externalid',
];

/**
 * Access Analyzer "Restrict access to service principal"; semantics reference §7 pattern 10.
 * The confused-deputy page recommends the source keys for service principals generally, so every
 * service is expected to send them except the short, sourced list in SERVICES_WITHOUT_SOURCE_KEYS.
 * Service-linked roles are left alone: their trust policies cannot be edited.
 */
export const servicePrincipalWithoutSourceCondition = defineRule({
  id: 'service-principal-without-source-condition',
  severity: 'warning',
  category: 'security',
  summary: 'A service principal trusted without checking aws:SourceArn or aws:SourceAccount',
  docs: {
    references: [REF.confusedDeputy, REF.globalKeys, REF.lambdaExecutionRole, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Restrict access to service principal'],
  },
  check(ctx) {
    if (ctx.role?.path.startsWith('/aws-service-role/') === true) return;
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.principal === undefined || s.principal.not) continue;
      for (const entry of s.principal.entries) {
        if (entry.kind !== 'service' || serviceWithoutSourceKeys(entry.value) !== undefined) continue;
        const keys = narrowingKeys(ctx.policy, s, entry);
        if (SOURCE_KEYS.some((k) => keys.has(k))) continue;
        const account = ctx.role?.account ?? 'ACCOUNT';
        ctx.report(entry.path, {
          message: `${statementLabel(s)} trusts ${entry.value} without a condition on aws:SourceArn or aws:SourceAccount: a resource in another account could get the service to use this role (the cross-service confused deputy). AWS recommends these keys for service principals.`,
          help: `Add "StringEquals": {"aws:SourceAccount": "${account}"} or an ArnLike condition on aws:SourceArn naming your resources. If this service does not send the keys (the AssumeRole event in CloudTrail shows it), accept the finding with that reason: a condition on a key that never arrives would break the role.`,
        });
      }
    }
  },
});

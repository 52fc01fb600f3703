import { statementLabel } from '../../../model/policy.js';
import { defineRule } from '../../define-rule.js';
import { REF } from '../../references.js';
import { narrowingKeys } from '../../statement-facts.js';

/**
 * Services whose own documentation puts aws:SourceArn / aws:SourceAccount in the trust policy of
 * the roles they assume, so the keys are known to be sent. Deliberately short: requiring the keys
 * of a service that does not send them (EC2 instance roles, Lambda, Glue...) would break the role
 * (prowler-cloud/prowler#2810). Add a service only with the page that shows it.
 */
export const SOURCE_SENDING_SERVICES: Readonly<Record<string, string>> = {
  'config.amazonaws.com': 'https://docs.aws.amazon.com/config/latest/developerguide/iamrole-permissions.html',
  'scheduler.amazonaws.com':
    'https://docs.aws.amazon.com/scheduler/latest/UserGuide/cross-service-confused-deputy-prevention.html',
  'ssm.amazonaws.com':
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/cloud-connector-gcp-automation-assume-role.html',
  'personalize.amazonaws.com':
    'https://docs.aws.amazon.com/personalize/latest/dg/cross-service-confused-deputy-prevention.html',
  'appstream.amazonaws.com':
    'https://docs.aws.amazon.com/appstream2/latest/developerguide/example-fleet-machine.html',
  'iot.amazonaws.com':
    'https://docs.aws.amazon.com/iot/latest/developerguide/cross-service-confused-deputy-prevention.html',
  'rolesanywhere.amazonaws.com':
    'https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html',
  'ecs-tasks.amazonaws.com':
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
};

const SOURCE_KEYS = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths'];

/** Access Analyzer "Restrict access to service principal"; semantics reference §7 pattern 10. */
export const servicePrincipalWithoutSourceCondition = defineRule({
  id: 'service-principal-without-source-condition',
  severity: 'warning',
  category: 'security',
  summary: 'A service that sends aws:SourceArn/aws:SourceAccount trusted without checking them',
  docs: {
    references: [REF.confusedDeputy, REF.globalKeys, REF.accessAnalyzerChecks],
    accessAnalyzer: ['Restrict access to service principal'],
  },
  check(ctx) {
    for (const s of ctx.policy.statements) {
      if (s.effect !== 'Allow' || s.principal === undefined || s.principal.not) continue;
      for (const entry of s.principal.entries) {
        if (entry.kind !== 'service' || SOURCE_SENDING_SERVICES[entry.value] === undefined) continue;
        const keys = narrowingKeys(ctx.policy, s, entry);
        if (SOURCE_KEYS.some((k) => keys.has(k))) continue;
        const account = ctx.role?.account ?? 'ACCOUNT';
        ctx.report(entry.path, {
          message: `${entry.value} tells IAM which resource it acts for, but ${statementLabel(s)} checks neither aws:SourceArn nor aws:SourceAccount: a resource in another account could get the service to use this role (cross-service confused deputy).`,
          help: `Add "StringEquals": {"aws:SourceAccount": "${account}"} or an ArnLike condition on aws:SourceArn naming your resources.`,
        });
      }
    }
  },
});

import type { FieldMeta } from '../../types/wizard.js';
import type { ServiceRoleInput } from './schema.js';
import { SERVICES } from './services.js';

const sending = SERVICES.filter((s) => s.sourceKeys !== 'not-sent').map((s) => s.id);

export const serviceRoleFields: readonly FieldMeta<keyof ServiceRoleInput>[] = [
  {
    name: 'service',
    label: 'AWS service',
    help: 'The service that assumes this role. Each option says whether the service sends aws:SourceAccount/aws:SourceArn, and the source for it.',
    kind: 'select',
    options: SERVICES.map((s) => ({
      value: s.id,
      label: `${s.label}: ${s.principal}`,
      help:
        s.sourceKeys === 'sent'
          ? `Sends aws:SourceAccount/aws:SourceArn. Source: ${s.source}`
          : s.sourceKeys === 'not-sent'
            ? `Does not send aws:SourceAccount/aws:SourceArn. Source: ${s.source}`
            : `Expected to send aws:SourceAccount/aws:SourceArn. ${s.source}`,
    })),
  },
  {
    name: 'sourceAccount',
    label: 'Source account (aws:SourceAccount)',
    help: "The account that owns the resources the service acts for, usually this role's own account. It stops the service from using this role for someone else's resource (the cross-service confused deputy), as AWS recommends for service principals. Confirm with one real assumption (the AssumeRole event in CloudTrail) after deploying.",
    kind: 'text',
    placeholder: '111122223333',
    visibleWhen: { field: 'service', equals: sending },
  },
  {
    name: 'sourceArn',
    label: 'Source ARN pattern (aws:SourceArn)',
    help: 'Optional. The resource ARN, or a pattern with * and ?, checked with ArnLike. Keep the account exact.',
    kind: 'text',
    placeholder: 'arn:aws:states:us-east-1:111122223333:stateMachine:*',
    visibleWhen: { field: 'service', equals: sending },
  },
  {
    name: 'passRolePrefix',
    label: 'Role-name prefix for iam:PassRole',
    help: 'Optional. Writes a companion identity policy for the people or pipelines that create the resource: they may pass only roles whose name starts with this prefix, and only to this service (iam:PassedToService). Not part of the trust policy.',
    kind: 'text',
    placeholder: 'app-ec2-',
  },
];

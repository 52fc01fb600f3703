import { defineWizard } from '../../wizard/define-wizard.js';
import { build } from './build.js';
import { extract } from './extract.js';
import { serviceRoleFields } from './fields.js';
import { type ServiceRoleInput, serviceRoleSchema } from './schema.js';

export { type ServiceRoleInput, serviceRoleSchema } from './schema.js';
export { SERVICES, type ServiceInfo, type SourceKeys } from './services.js';

export const serviceRole = defineWizard<ServiceRoleInput>({
  id: 'service-role',
  title: 'AWS service role',
  description:
    'Let an AWS service (EC2, Lambda, ECS tasks, Step Functions, ...) assume this role, pinned to your resources where the service sends aws:SourceAccount/aws:SourceArn, with an iam:PassRole companion policy.',
  schema: serviceRoleSchema,
  fields: serviceRoleFields,
  defaults: { service: 'ec2', sourceAccount: '', sourceArn: '', passRolePrefix: '' },
  example: {
    service: 'states',
    sourceAccount: '111122223333',
    sourceArn: 'arn:aws:states:us-east-1:111122223333:stateMachine:*',
    passRolePrefix: 'sfn-',
  },
  companionFields: ['passRolePrefix'],
  build,
  extract,
});

/**
 * Which services send aws:SourceAccount / aws:SourceArn when they assume a role, and where that
 * is written down. Adding the keys for a service that does not send them breaks the role (the
 * condition never matches), so a service gets them only with a source that says it sends them.
 *
 * - not-sent: the semantics reference says the keys are absent (EC2: §8.3 "No aws:SourceArn/
 *   aws:SourceAccount are documented for this flow [Obs]"; Lambda and Glue: §7 #10, "users
 *   report others such as Lambda and Glue" [Obs: prowler#2810]).
 * - sent: the service's own guide shows the keys in the role's trust policy. The semantics
 *   reference does not list these services (it leaves the question open, §9 item 11), so the
 *   guide is the source and the field help says to confirm with a real assumption.
 * - unknown: no source either way; the wizard leaves the keys out so the role cannot break.
 */
export type SourceKeys = 'sent' | 'not-sent' | 'unknown';

export interface ServiceInfo {
  readonly id: string;
  readonly principal: string;
  readonly label: string;
  readonly sourceKeys: SourceKeys;
  /** ARN service namespace of the resources the service acts for (sent only). */
  readonly arnService?: string;
  readonly sourceArnExample?: string;
  readonly source: string;
}

const REFERENCE_ABSENT =
  'Semantics reference §7 #10: users report the keys are not sent [Obs: prowler-cloud/prowler#2810]; requiring them would break the role.';
const REFERENCE_OPEN =
  'No source says whether the keys are sent: the semantics reference lists this as open (§9 item 11), so the wizard leaves them out.';

export const SERVICES: readonly ServiceInfo[] = [
  {
    id: 'ec2',
    principal: 'ec2.amazonaws.com',
    label: 'Amazon EC2 (instance profile)',
    sourceKeys: 'not-sent',
    source:
      'Semantics reference §8.3: no aws:SourceArn/aws:SourceAccount are documented for this flow [Obs]; §7 #10.',
  },
  {
    id: 'lambda',
    principal: 'lambda.amazonaws.com',
    label: 'AWS Lambda (execution role)',
    sourceKeys: 'not-sent',
    source: REFERENCE_ABSENT,
  },
  {
    id: 'ecs-tasks',
    principal: 'ecs-tasks.amazonaws.com',
    label: 'Amazon ECS tasks (task role or task execution role)',
    sourceKeys: 'sent',
    arnService: 'ecs',
    sourceArnExample: 'arn:aws:ecs:us-east-1:111122223333:*',
    source:
      'Amazon ECS Developer Guide, "Amazon ECS task IAM role" (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html): trust policy with aws:SourceArn and aws:SourceAccount.',
  },
  {
    id: 'glue',
    principal: 'glue.amazonaws.com',
    label: 'AWS Glue',
    sourceKeys: 'not-sent',
    source: REFERENCE_ABSENT,
  },
  {
    id: 'states',
    principal: 'states.amazonaws.com',
    label: 'AWS Step Functions (state machine role)',
    sourceKeys: 'sent',
    arnService: 'states',
    sourceArnExample: 'arn:aws:states:us-east-1:111122223333:stateMachine:*',
    source:
      'AWS Step Functions Developer Guide, "Creating an IAM role for your state machine" (https://docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html): cross-service confused deputy prevention with aws:SourceArn and aws:SourceAccount.',
  },
  {
    id: 'codebuild',
    principal: 'codebuild.amazonaws.com',
    label: 'AWS CodeBuild (service role)',
    sourceKeys: 'sent',
    arnService: 'codebuild',
    sourceArnExample: 'arn:aws:codebuild:us-east-1:111122223333:project/*',
    source:
      'AWS CodeBuild User Guide, "Cross-service confused deputy prevention" (https://docs.aws.amazon.com/codebuild/latest/userguide/cross-service-confused-deputy-prevention.html).',
  },
  {
    id: 'sagemaker',
    principal: 'sagemaker.amazonaws.com',
    label: 'Amazon SageMaker AI (execution role)',
    sourceKeys: 'unknown',
    source: REFERENCE_OPEN,
  },
  {
    id: 'scheduler',
    principal: 'scheduler.amazonaws.com',
    label: 'Amazon EventBridge Scheduler (execution role)',
    sourceKeys: 'sent',
    arnService: 'scheduler',
    sourceArnExample: 'arn:aws:scheduler:us-east-1:111122223333:schedule-group/default',
    source:
      'Amazon EventBridge Scheduler User Guide, "Setting up the execution role" (https://docs.aws.amazon.com/scheduler/latest/UserGuide/setting-up.html): trust policy with aws:SourceAccount, optionally aws:SourceArn of the schedule group.',
  },
  {
    id: 'events',
    principal: 'events.amazonaws.com',
    label: 'Amazon EventBridge rules (target role)',
    sourceKeys: 'unknown',
    source: REFERENCE_OPEN,
  },
  {
    id: 'codepipeline',
    principal: 'codepipeline.amazonaws.com',
    label: 'AWS CodePipeline (service role)',
    sourceKeys: 'unknown',
    source: REFERENCE_OPEN,
  },
];

export const SERVICE_IDS = SERVICES.map((s) => s.id) as [string, ...string[]];

export function serviceById(id: string): ServiceInfo | undefined {
  return SERVICES.find((s) => s.id === id);
}

export function serviceByPrincipal(principal: string): ServiceInfo | undefined {
  return SERVICES.find((s) => s.principal === principal);
}

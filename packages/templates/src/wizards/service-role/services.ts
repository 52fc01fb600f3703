import { serviceWithoutSourceKeys } from '@trustwright/core';

/**
 * Which services send aws:SourceAccount / aws:SourceArn when they assume a role, and where that
 * is written down. The confused-deputy page recommends the keys for service principals generally,
 * and the linter warns for any service without them except core's SERVICES_WITHOUT_SOURCE_KEYS;
 * the wizard follows the same line, so what it writes never gets a warning it cannot fix.
 *
 * - sent: the service's own guide shows the keys in the role's trust policy (URL in `source`).
 * - expected: no page of the service was found either way; AWS's general advice applies, so the
 *   fields are offered and the warning asks to confirm one real assumption in CloudTrail.
 * - not-sent: reported not to send them (core's list, with its source); adding the keys would
 *   break the role, so the fields are refused.
 */
export type SourceKeys = 'sent' | 'expected' | 'not-sent';

export interface ServiceInfo {
  readonly id: string;
  readonly principal: string;
  readonly label: string;
  readonly sourceKeys: SourceKeys;
  /** ARN service namespace of the resources the service acts for (not for not-sent). */
  readonly arnService?: string;
  readonly sourceArnExample?: string;
  readonly source: string;
}

const GENERAL_ADVICE =
  'The confused-deputy page (https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html) recommends aws:SourceArn and aws:SourceAccount for service principals; no page of this service was found that shows them in its role trust policy, so confirm with one real assumption.';

/** A not-sent entry takes its source from core's list, so the wizard and the linter cannot disagree. */
function reportedAbsent(principal: string): string {
  return `${serviceWithoutSourceKeys(principal)?.source ?? ''} Requiring them would break the role.`;
}

export const SERVICES: readonly ServiceInfo[] = [
  {
    id: 'ec2',
    principal: 'ec2.amazonaws.com',
    label: 'Amazon EC2 (instance profile)',
    sourceKeys: 'not-sent',
    source: reportedAbsent('ec2.amazonaws.com'),
  },
  {
    id: 'lambda',
    principal: 'lambda.amazonaws.com',
    label: 'AWS Lambda (execution role)',
    sourceKeys: 'sent',
    arnService: 'lambda',
    sourceArnExample: 'arn:aws:lambda:us-east-1:111122223333:function:*',
    source:
      'AWS Lambda Developer Guide, "Working with AWS managed policies in the execution role" (https://docs.aws.amazon.com/lambda/latest/dg/permissions-managed-policies.html): "you can include the aws:SourceAccount and aws:SourceArn global condition context keys in your role trust policy".',
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
    source: reportedAbsent('glue.amazonaws.com'),
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
    sourceKeys: 'expected',
    arnService: 'sagemaker',
    sourceArnExample: 'arn:aws:sagemaker:us-east-1:111122223333:*',
    source: GENERAL_ADVICE,
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
    sourceKeys: 'expected',
    arnService: 'events',
    sourceArnExample: 'arn:aws:events:us-east-1:111122223333:rule/*',
    source: GENERAL_ADVICE,
  },
  {
    id: 'codepipeline',
    principal: 'codepipeline.amazonaws.com',
    label: 'AWS CodePipeline (service role)',
    sourceKeys: 'expected',
    arnService: 'codepipeline',
    sourceArnExample: 'arn:aws:codepipeline:us-east-1:111122223333:*',
    source: GENERAL_ADVICE,
  },
];

export const SERVICE_IDS = SERVICES.map((s) => s.id) as [string, ...string[]];

export function serviceById(id: string): ServiceInfo | undefined {
  return SERVICES.find((s) => s.id === id);
}

export function serviceByPrincipal(principal: string): ServiceInfo | undefined {
  return SERVICES.find((s) => s.principal === principal);
}

import type { RoleArn } from '../arn/arn.js';
import type { PrincipalBlock } from '../model/policy.js';
import type { PolicyPrincipal } from '../principal/policy-principal.js';
import { joinParts, linked, type Parts, word } from './words.js';

/** Friendly names for services that often assume roles; others are shown by their principal name. */
const SERVICES: Readonly<Record<string, string>> = {
  'ec2.amazonaws.com': 'Amazon EC2',
  'lambda.amazonaws.com': 'AWS Lambda',
  'ecs-tasks.amazonaws.com': 'An Amazon ECS task',
  'pods.eks.amazonaws.com': 'Amazon EKS Pod Identity',
  'eks.amazonaws.com': 'Amazon EKS',
  'config.amazonaws.com': 'AWS Config',
  'scheduler.amazonaws.com': 'EventBridge Scheduler',
  'events.amazonaws.com': 'Amazon EventBridge',
  'states.amazonaws.com': 'AWS Step Functions',
  'rolesanywhere.amazonaws.com': 'IAM Roles Anywhere',
  'ssm.amazonaws.com': 'AWS Systems Manager',
  'codebuild.amazonaws.com': 'AWS CodeBuild',
  'cloudformation.amazonaws.com': 'AWS CloudFormation',
  'glue.amazonaws.com': 'AWS Glue',
  'sagemaker.amazonaws.com': 'Amazon SageMaker',
};

const WEB_IDENTITY: Readonly<Record<string, string>> = {
  'cognito-identity.amazonaws.com': 'An Amazon Cognito identity',
  'accounts.google.com': 'A Google user',
  'graph.facebook.com': 'A Facebook user',
  'www.amazon.com': 'A Login with Amazon user',
};

function accountWords(account: string | undefined, role: RoleArn | undefined): string {
  if (account === undefined) return 'an unknown account';
  return role !== undefined && role.account === account
    ? `this role's account (${account})`
    : `account ${account}`;
}

/** Who one Principal value names, as a singular noun phrase (the verbs that follow are singular). */
export function principalPhrase(e: PolicyPrincipal, role: RoleArn | undefined): string {
  const where = accountWords(e.account, role);
  switch (e.kind) {
    case 'any-aws':
      return 'Any AWS principal in any account';
    case 'account':
    case 'root':
      return `Any principal in ${where}`;
    case 'user':
      return `The IAM user ${e.name ?? e.value} in ${where}`;
    case 'role':
      return `Any session of the role ${e.name ?? e.value} in ${where}`;
    case 'assumed-role':
      return `The session ${e.session ?? ''} of the role ${e.name ?? ''} in ${where}`;
    case 'federated-user':
      return `The federated user ${e.name ?? e.value} in ${where} (a GetFederationToken session, which cannot assume roles)`;
    case 'unique-id':
      return `The IAM ${e.value.startsWith('AROA') ? 'role' : 'user'} with unique ID ${e.value} (if it still exists)`;
    case 'service':
      return SERVICES[e.value] === undefined
        ? `The AWS service ${e.value}`
        : `${SERVICES[e.value]} (${e.value})`;
    case 'saml-provider':
      return `A user of the SAML provider ${e.name ?? e.value} in ${where}`;
    case 'oidc-provider': {
      const issuer = e.name ?? e.value;
      if (issuer.toLowerCase().startsWith('token.actions.githubusercontent.com'))
        return `A GitHub Actions workflow (through the OIDC provider ${issuer} of account ${e.account ?? '?'})`;
      if (/^oidc\.eks\./i.test(issuer))
        return `A Kubernetes workload of the EKS cluster with OIDC issuer ${issuer}`;
      return `A holder of a token from the OIDC provider ${issuer} in ${where}`;
    }
    case 'web-identity-provider':
      return WEB_IDENTITY[e.value.toLowerCase()] ?? `A user of the web identity provider ${e.value}`;
    case 'canonical-user':
      return `The Amazon S3 canonical user ${e.value} (not a valid principal here)`;
    case 'invalid':
      return `${JSON.stringify(e.value)} (not a valid ${e.key} principal)`;
  }
}

/** The subject of a statement's sentence: its principals, each linked to its value. */
export function principalParts(block: PrincipalBlock | undefined, role: RoleArn | undefined): Parts {
  if (block === undefined) return [word('Nobody (the statement names no principal)')];
  const items = block.entries.map((e, i) => {
    const phrase = principalPhrase(e, role);
    // Only the first noun phrase keeps its capital letter.
    return [linked(i === 0 || block.not ? phrase : lowerFirst(phrase), e.path)];
  });
  if (items.length === 0) return [linked('Nobody (the principal list is empty)', block.path)];
  const who = joinParts(items, 'or');
  if (!block.not) return who;
  return [
    linked('Every principal except ', block.path),
    ...joinParts(
      items.map((p) => p.map(lowerPart)),
      'and',
    ),
  ];
}

function lowerFirst(text: string): string {
  // Keep names that start with a capital for their own sake (Amazon, AWS, GitHub, IAM...).
  return /^(Any|The|An?) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function lowerPart(p: Parts[number]): Parts[number] {
  return { ...p, text: lowerFirst(p.text) };
}

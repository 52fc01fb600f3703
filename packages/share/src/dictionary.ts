import { utf8Encode } from './utf8.js';

/**
 * The preset DEFLATE dictionary of share format v1.
 *
 * A share payload is small (a few KB), so plain DEFLATE spends much of its output spelling out
 * the first occurrence of words every trust file has ("Statement", "sts:AssumeRole",
 * "arn:aws:iam::", the payload's own field names). With a preset dictionary those first
 * occurrences become back-references too, which roughly halves the link (see the README's table).
 *
 * FROZEN: the bytes are part of format v1. Links already sent depend on them, so changing one
 * character means a new format version that keeps this dictionary for reading v1 links. A test
 * pins the SHA-256 of the bytes.
 *
 * Contents are generic trust-policy vocabulary (operators, condition keys, service principals,
 * ARN pieces, the payload's JSON skeleton), never values from our examples, so the gain carries
 * over to real policies. DEFLATE codes near distances in fewer bits, so the likeliest strings
 * come last, and the dictionary ends with how every payload begins.
 */
const VOCABULARY = [
  // Service principals, rarest first.
  'scheduler.amazonaws.com',
  'firehose.amazonaws.com',
  'apigateway.amazonaws.com',
  'cloudformation.amazonaws.com',
  'codebuild.amazonaws.com',
  'sagemaker.amazonaws.com',
  'glue.amazonaws.com',
  'events.amazonaws.com',
  'states.amazonaws.com',
  'rolesanywhere.amazonaws.com',
  'pods.eks.amazonaws.com',
  'eks.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'lambda.amazonaws.com',
  // Web identity and SAML providers and their keys.
  'www.amazon.com',
  'graph.facebook.com',
  'accounts.google.com:aud',
  'cognito-identity.amazonaws.com:amr',
  'cognito-identity.amazonaws.com:aud',
  'authenticated',
  'oidc.eks.us-east-1.amazonaws.com/id/',
  'system:serviceaccount:',
  'token.actions.githubusercontent.com:sub',
  'token.actions.githubusercontent.com:aud',
  'repo:',
  ':ref:refs/heads/main',
  ':environment:production',
  ':pull_request',
  'https://signin.aws.amazon.com/saml',
  'SAML:aud',
  'SAML:sub',
  'saml:sub_type',
  'persistent',
  // Global and STS condition keys.
  'aws:RequestTag/',
  'aws:PrincipalTag/',
  'aws:TagKeys',
  'aws:SecureTransport',
  'aws:SourceVpce',
  'aws:SourceArn',
  'aws:SourceAccount',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalOrgID',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:PrincipalType',
  'aws:PrincipalServiceName',
  'aws:userid',
  'aws:username',
  'aws:MultiFactorAuthAge',
  'sts:TransitiveTagKeys',
  'sts:SourceIdentity',
  'sts:RoleSessionName',
  // Condition operators.
  'NumericGreaterThan',
  'NumericLessThan',
  'Null',
  'ArnNotLike',
  'ArnEquals',
  'ArnLike',
  'StringNotLike',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'ForAllValues:',
  'ForAnyValue:',
  'IfExists',
  'NotIpAddress',
  'DateLessThan',
  'DateGreaterThan',
  'BoolIfExists',
  'StringLike',
  // Actions and ARN pieces.
  'sts:SetContext',
  'sts:SetSourceIdentity',
  'sts:TagSession',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  ':saml-provider/',
  ':oidc-provider/',
  'arn:aws:sts::',
  ':assumed-role/',
  ':user/',
  ':role/',
].join(' ');

/** A policy in the layout `JSON.stringify(policy, null, 2)` and most editors give. */
const POLICY_SAMPLE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "",
      "Effect": "Deny",
      "NotPrincipal": {
        "Service": ""
      },
      "NotAction": ""
    },
    {
      "Sid": "",
      "Effect": "Allow",
      "Principal": {
        "Federated": "arn:aws:iam::",
        "Service": "ec2.amazonaws.com",
        "AWS": "arn:aws:iam::"
      },
      "Action": [
        "sts:AssumeRole",
        "sts:TagSession"
      ],
      "Condition": {
        "StringEquals": {
          "aws:PrincipalOrgID": "o-",
          "sts:ExternalId": ""
        },
        "Bool": {
          "aws:MultiFactorAuthPresent": "true"
        },
        "IpAddress": {
          "aws:SourceIp": [
            "/24"
          ]
        },
        "DateGreaterThan": {
          "aws:CurrentTime": "T00:00:00Z"
        }
      }
    }
  ]
}`;

/** Scenarios as the payload writes them: compact JSON in the trust-file contract's shape. */
const SCENARIOS_SAMPLE =
  '"scenarios":[' +
  '{"name":" is explicitly denied","request":{"action":"sts:AssumeRoleWithSAML","principal":{"Federated":"arn:aws:iam::"},' +
  '"context":{"aws:SourceIp":"","aws:MultiFactorAuthPresent":false,"aws:CurrentTime":"T10:00:00Z"}},"expect":"explicit-deny"},' +
  '{"name":" is implicitly denied","request":{"action":"sts:AssumeRole","principal":{"Service":"ec2.amazonaws.com"},' +
  '"context":{"sts:ExternalId":""}},"expect":"implicit-deny"},' +
  '{"name":" is allowed","request":{"action":"sts:AssumeRole","principal":{"AWS":"arn:aws:iam::"},' +
  '"context":{"aws:MultiFactorAuthPresent":true,"aws:CurrentTime":"T00:00:00Z"}},"expect":"allow"}' +
  '],"selected":0}';

/** How every payload starts: the policy text as a JSON string, quotes and line breaks escaped. */
const PAYLOAD_START =
  '{"policyText":"{\\n  \\"Version\\": \\"2012-10-17\\",\\n  \\"Statement\\": [\\n    {\\n      \\"';

/** The dictionary's text; its UTF-8 bytes are the dictionary. */
export const SHARE_DICTIONARY_V1: string = [
  VOCABULARY,
  // Inside the payload the policy is a JSON string, so the sample is stored escaped the same way.
  `${JSON.stringify(POLICY_SAMPLE).slice(1, -1)}","role":"arn:aws:iam::`,
  SCENARIOS_SAMPLE,
  PAYLOAD_START,
].join(' ');

export const SHARE_DICTIONARY_V1_BYTES: Uint8Array = utf8Encode(SHARE_DICTIONARY_V1);

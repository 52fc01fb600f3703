import { STS_ACTIONS } from '../action/sts-actions.js';
import { KNOWN_KEYS } from '../conditions/context-keys.js';
import { BASE_OPERATORS } from '../conditions/operator-names.js';

/** A JSON Schema (draft-07 subset that editors such as Monaco's JSON service understand). */
export type JsonSchema = { readonly [key: string]: unknown };

const DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';

const stringOrList = (item: JsonSchema): JsonSchema => ({
  anyOf: [item, { type: 'array', items: item, minItems: 1 }],
});

const COMMON_SERVICES = [
  'ec2.amazonaws.com',
  'lambda.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'glue.amazonaws.com',
  'states.amazonaws.com',
  'codebuild.amazonaws.com',
  'sagemaker.amazonaws.com',
  'scheduler.amazonaws.com',
  'events.amazonaws.com',
  'pods.eks.amazonaws.com',
  'eks.amazonaws.com',
  'rolesanywhere.amazonaws.com',
];

const COMMON_FEDERATED = [
  'arn:aws:iam::111122223333:saml-provider/NAME',
  'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
];

/** Every operator spelling IAM accepts, qualifiers and IfExists included (Null has no IfExists). */
function operatorNames(): string[] {
  const names: string[] = [];
  for (const qualifier of ['', 'ForAnyValue:', 'ForAllValues:']) {
    for (const base of BASE_OPERATORS) {
      names.push(`${qualifier}${base.name}`);
      if (base.family !== 'null') names.push(`${qualifier}${base.name}IfExists`);
    }
  }
  return names;
}

function conditionKeyProperties(): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  for (const key of KNOWN_KEYS) {
    const name = key.prefix ? `${key.name}TAG-KEY` : key.name;
    properties[name] = {
      description: `${key.description} (${key.type}${key.multi ? ', multivalued' : ''})`,
      ...(key.type === 'Bool' ? { examples: ['true', 'false'] } : {}),
    };
  }
  return properties;
}

/**
 * The JSON Schema of a role trust policy, for completions and hovers in the editor. Built from
 * the engine's own tables (operators, condition keys, STS actions) so the editor and the
 * evaluator never disagree. It describes; the linter judges: validation stays with `lint`.
 */
export function trustPolicySchema(): JsonSchema {
  const value = { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'IAM role trust policy',
    type: 'object',
    definitions: {
      principalMap: {
        type: 'object',
        description: 'Who may assume the role.',
        properties: {
          AWS: {
            description:
              'Account IDs, account root ARNs, IAM user or role ARNs, or "*". A role ARN also matches its sessions.',
            ...stringOrList({ type: 'string', examples: ['arn:aws:iam::111122223333:root', '111122223333'] }),
          },
          Service: {
            description: 'AWS service principals, e.g. ec2.amazonaws.com.',
            ...stringOrList({ type: 'string', enum: COMMON_SERVICES }),
          },
          Federated: {
            description: 'A SAML or OIDC provider ARN, or a public identity provider.',
            ...stringOrList({ type: 'string', examples: COMMON_FEDERATED }),
          },
          CanonicalUser: { description: 'Not valid in a trust policy.', ...stringOrList({ type: 'string' }) },
        },
      },
      actions: {
        description: 'The STS actions this statement covers (wildcards allowed).',
        ...stringOrList({ type: 'string', enum: [...STS_ACTIONS, 'sts:*'] }),
      },
      conditionValues: {
        anyOf: [value, { type: 'array', items: value }],
      },
      conditionKeys: {
        type: 'object',
        description: 'Condition keys (case-insensitive) and the values to compare.',
        properties: conditionKeyProperties(),
        additionalProperties: { $ref: '#/definitions/conditionValues' },
      },
      statement: {
        type: 'object',
        properties: {
          Sid: { type: 'string', description: 'Optional statement id, unique within the policy.' },
          Effect: { enum: ['Allow', 'Deny'], description: 'Allow or Deny.' },
          Principal: {
            description: `Who may assume the role. ${DOCS}/reference_policies_elements_principal.html`,
            anyOf: [{ $ref: '#/definitions/principalMap' }, { const: '*' }],
          },
          NotPrincipal: {
            description: 'Not supported in role trust policies: IAM rejects it.',
            $ref: '#/definitions/principalMap',
          },
          Action: { $ref: '#/definitions/actions' },
          NotAction: { $ref: '#/definitions/actions' },
          Condition: {
            type: 'object',
            description: `Operator → key → values. ${DOCS}/reference_policies_elements_condition_operators.html`,
            propertyNames: { enum: operatorNames() },
            additionalProperties: { $ref: '#/definitions/conditionKeys' },
          },
        },
        required: ['Effect', 'Principal', 'Action'],
      },
    },
    properties: {
      Version: {
        enum: ['2012-10-17', '2008-10-17'],
        description: 'Use 2012-10-17: policy variables work only in that version.',
      },
      Id: { type: 'string', description: 'Optional policy identifier.' },
      Statement: {
        description: 'One statement or a list of statements.',
        anyOf: [
          { $ref: '#/definitions/statement' },
          { type: 'array', items: { $ref: '#/definitions/statement' } },
        ],
      },
    },
    required: ['Version', 'Statement'],
  };
}

import type { RuleReference } from './define-rule.js';

/** AWS pages the rules cite, named once so every rule and doc page links the same address. */
const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';

const ref = (title: string, url: string): RuleReference => ({ title, url });

export const REF = {
  accessAnalyzerChecks: ref(
    'IAM Access Analyzer policy check reference',
    `${IAM}/access-analyzer-reference-policy-checks.html`,
  ),
  grammar: ref('IAM JSON policy grammar', `${IAM}/reference_policies_grammar.html`),
  version: ref('IAM JSON policy elements: Version', `${IAM}/reference_policies_elements_version.html`),
  statement: ref('IAM JSON policy elements: Statement', `${IAM}/reference_policies_elements_statement.html`),
  sid: ref('IAM JSON policy elements: Sid', `${IAM}/reference_policies_elements_sid.html`),
  effect: ref('IAM JSON policy elements: Effect', `${IAM}/reference_policies_elements_effect.html`),
  principal: ref('IAM JSON policy elements: Principal', `${IAM}/reference_policies_elements_principal.html`),
  notPrincipal: ref(
    'IAM JSON policy elements: NotPrincipal',
    `${IAM}/reference_policies_elements_notprincipal.html`,
  ),
  action: ref('IAM JSON policy elements: Action', `${IAM}/reference_policies_elements_action.html`),
  notAction: ref('IAM JSON policy elements: NotAction', `${IAM}/reference_policies_elements_notaction.html`),
  resource: ref('IAM JSON policy elements: Resource', `${IAM}/reference_policies_elements_resource.html`),
  condition: ref('IAM JSON policy elements: Condition', `${IAM}/reference_policies_elements_condition.html`),
  operators: ref(
    'IAM JSON policy elements: Condition operators',
    `${IAM}/reference_policies_elements_condition_operators.html`,
  ),
  multiValued: ref(
    'Single-valued vs. multivalued context keys',
    `${IAM}/reference_policies_condition-single-vs-multi-valued-context-keys.html`,
  ),
  globalKeys: ref('AWS global condition context keys', `${IAM}/reference_policies_condition-keys.html`),
  iamStsKeys: ref(
    'IAM and AWS STS condition context keys',
    `${IAM}/reference_policies_iam-condition-keys.html`,
  ),
  variables: ref('IAM policy elements: Variables and tags', `${IAM}/reference_policies_variables.html`),
  quotas: ref('IAM and AWS STS quotas', `${IAM}/reference_iam-quotas.html`),
  createRole: ref(
    'CreateRole (AssumeRolePolicyDocument)',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html',
  ),
  stsActions: ref(
    'Actions, resources, and condition keys for AWS STS',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html',
  ),
  identifiers: ref('IAM identifiers (ARNs and unique IDs)', `${IAM}/reference_identifiers.html`),
  confusedDeputy: ref('The confused deputy problem', `${IAM}/confused-deputy.html`),
  externalId: ref(
    'How to use an external ID when granting access to your AWS resources to a third party',
    `${IAM}/id_roles_create_for-user_externalid.html`,
  ),
  oidc: ref('Create a role for OpenID Connect federation', `${IAM}/id_roles_create_for-idp_oidc.html`),
  githubOidc: ref(
    'GitHub: OpenID Connect reference',
    'https://docs.github.com/en/actions/reference/security/oidc',
  ),
  githubImmutableSubjects: ref(
    'GitHub changelog: immutable subject claims for GitHub Actions OIDC tokens',
    'https://github.blog/changelog/2026-04-23-immutable-subject-claims-for-github-actions-oidc-tokens/',
  ),
  eksIrsa: ref(
    'Amazon EKS: assign IAM roles to Kubernetes service accounts',
    'https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html',
  ),
  cognito: ref(
    'Amazon Cognito identity pools: security best practices',
    'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools-security-best-practices.html',
  ),
  saml: ref('Create a role for SAML 2.0 federation', `${IAM}/id_roles_create_for-idp_saml.html`),
  mfa: ref('Configure MFA-protected API access', `${IAM}/id_credentials_mfa_configure-api-require.html`),
  sessionTags: ref('Pass session tags in AWS STS', `${IAM}/id_session-tags.html`),
  sourceIdentity: ref(
    'Monitor and control actions taken with assumed roles (source identity)',
    `${IAM}/id_credentials_temp_control-access_monitor.html`,
  ),
  rolesAnywhere: ref(
    'IAM Roles Anywhere: trust model',
    'https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html',
  ),
  assumeRole: ref(
    'AssumeRole (STS API reference)',
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html',
  ),
  getFederationToken: ref(
    'GetFederationToken',
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html',
  ),
  lambdaExecutionRole: ref(
    'AWS Lambda: working with AWS managed policies in the execution role',
    'https://docs.aws.amazon.com/lambda/latest/dg/permissions-managed-policies.html',
  ),
  trustPolicyBlog: ref(
    'How to use trust policies with IAM roles (AWS Security Blog)',
    'https://aws.amazon.com/blogs/security/how-to-use-trust-policies-with-iam-roles/',
  ),
  w3cDates: ref('W3C Date and Time Formats', 'https://www.w3.org/TR/NOTE-datetime'),
} as const;

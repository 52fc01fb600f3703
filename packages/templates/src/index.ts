/**
 * @trustwright/templates: wizards that turn intent into a trust policy plus the starter
 * scenarios that prove it, and read such policies back into form input. Pure TypeScript: no
 * DOM, no I/O, no clock, randomness only through an injected source.
 */
export { type CombineMode, combine } from './combine/combine.js';
export {
  type DiffKind,
  type DiffLine,
  diffPolicies,
  formatPolicy,
  type PolicyDiff,
} from './diff/diff-lines.js';
export { generateExternalId } from './external-id/generate-external-id.js';
export { policyOf } from './policy/build-helpers.js';
export {
  getWizard,
  type RecognizedBy,
  type RunResult,
  recognizeAny,
  WIZARDS,
  type WizardEntry,
} from './registry.js';
export type {
  CombinedPolicy,
  ConditionJson,
  EffectJson,
  IdentityPolicyJson,
  IdentityStatementJson,
  OneOrMany,
  PolicyJson,
  PrincipalJson,
  StatementJson,
} from './types/policy-json.js';
export type {
  CompanionPolicy,
  FieldKind,
  FieldMeta,
  FieldOption,
  Recognized,
  StarterScenario,
  Wizard,
  WizardOutput,
} from './types/wizard.js';
export { fieldErrors } from './wizard/field-errors.js';
export { type AbacInput, abac, abacSchema } from './wizards/abac/index.js';
export { type CognitoInput, cognito, cognitoSchema } from './wizards/cognito/index.js';
export { type EksIrsaInput, eksIrsa, eksIrsaSchema } from './wizards/eks-irsa/index.js';
export {
  type EksPodIdentityInput,
  eksPodIdentity,
  eksPodIdentitySchema,
} from './wizards/eks-pod-identity/index.js';
export {
  type GithubActionsInput,
  githubActions,
  githubActionsSchema,
} from './wizards/github-actions/index.js';
export { type GoogleInput, google, googleSchema } from './wizards/google/index.js';
export { type OrgWideInput, orgWide, orgWideSchema, WORLD_WARNING } from './wizards/org-wide/index.js';
export { type RoleChainingInput, roleChaining, roleChainingSchema } from './wizards/role-chaining/index.js';
export { type SamlInput, saml, samlSchema } from './wizards/saml/index.js';
export {
  SERVICES,
  type ServiceInfo,
  type ServiceRoleInput,
  type SourceKeys,
  serviceRole,
  serviceRoleSchema,
} from './wizards/service-role/index.js';
export {
  EXTERNAL_ID_HELP,
  MFA_HELP,
  type ThirdPartyAuditorInput,
  thirdPartyAuditor,
  thirdPartyAuditorSchema,
} from './wizards/third-party-auditor/index.js';

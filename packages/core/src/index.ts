/**
 * @trustwright/core: parse, evaluate, explain and lint AWS IAM role trust policies.
 * Pure and synchronous; no I/O. The public API is exactly what this file exports.
 */

export {
  type AccessEvaluation,
  type AccessInput,
  type AccessSide,
  type CallerPolicies,
  evaluateAccess,
  type PolicyVerdict,
  type SideStatus,
  type SideVerdict,
} from './access/evaluate-access.js';
export { explainAccess } from './access/explain-access.js';
export type { PermissionEvaluation, PermissionStatementTrace } from './access/permission-policy.js';
export { expandActionPattern } from './action/match-action.js';
export { canonicalAction, STS_ACTIONS, type StsAction } from './action/sts-actions.js';
export { type Arn, isAccountId, PARTITIONS, parseArn, parseRoleArn, type RoleArn } from './arn/arn.js';
export { accountIdProblem, iamEntityProblem, stsSessionProblem } from './arn/arn-problems.js';
export { type KeyType, KNOWN_KEYS, type KnownKey, lookupKey } from './conditions/context-keys.js';
export {
  BASE_OPERATORS,
  type BaseOperator,
  type ParsedOperator,
  parseOperator,
} from './conditions/operator-names.js';
export type { ContextScalar, ContextValue } from './conditions/typed-values.js';
export { counterfactuals } from './counterfactual/counterfactuals.js';
export { renderCounterfactuals } from './counterfactual/render-counterfactuals.js';
export type {
  CounterfactualOptions,
  Counterfactuals,
  PolicyChangeKind,
  PolicyCounterfactual,
  RequestCounterfactual,
  RequestEdit,
} from './counterfactual/types.js';
export {
  type DescribeOptions,
  describePolicy,
  type PolicyDescription,
  type StatementDescription,
} from './describe/describe-policy.js';
export { renderDescription } from './describe/render-description.js';
export type { DescriptionPart } from './describe/words.js';
export {
  type Category,
  compareFindings,
  type Finding,
  hasErrors,
  type RelatedLocation,
  type Severity,
  type Suggestion,
  type TextEdit,
} from './diagnostics/finding.js';
export type { RequestPrincipal } from './diff/callers.js';
export { diffPolicies } from './diff/diff-policies.js';
export { renderDiff, verdictText, witnessText } from './diff/render-diff.js';
export {
  type AccessChange,
  type ClauseRef,
  DIFF_DIRECTIONS,
  type DiffCause,
  type DiffDirection,
  type DiffLimitation,
  type DiffLimitationCode,
  type DiffOptions,
  type DiffProblem,
  type DiffRequest,
  type DiffVersion,
  type PolicyDiff,
  type VersionVerdict,
} from './diff/types.js';
export {
  type CompiledPolicy,
  compile,
  compileSource,
  evaluate,
  type TrustInput,
} from './evaluate/compile.js';
export type {
  ActionTrace,
  ClauseReason,
  ConditionClauseTrace,
  Decision,
  Evaluation,
  Outcome,
  PolicyValueTrace,
  PrincipalEntryTrace,
  PrincipalTrace,
  Requirement,
  StatementRef,
  StatementTrace,
} from './evaluate/trace.js';
export { type ExplanationKind, type ExplanationLine, explain } from './explain/explain.js';
export { renderExplanation } from './explain/render-text.js';
export { fromValue } from './json/from-value.js';
export type {
  JsonArrayNode,
  JsonMember,
  JsonNode,
  JsonObjectNode,
  JsonValue,
  Span,
} from './json/json-node.js';
export { toJsonValue } from './json/json-node.js';
export { formatPath, type JsonPath, nodeAt, type PathTarget, parsePath, spanAt } from './json/json-path.js';
export { type JsonSyntaxError, type ParsedJson, parseJson } from './json/parse-json.js';
export { type LineColumn, LineIndex } from './json/positions.js';
export type { RuleDocs, RuleReference } from './lint/define-rule.js';
export { defineRule, type Rule, type RuleContext, type RuleReport } from './lint/define-rule.js';
export { applyEdits } from './lint/edits.js';
export {
  type LintOptions,
  type LintReport,
  lint,
  lintReport,
  lintSource,
  lintSourceReport,
} from './lint/lint.js';
export { RULES } from './lint/rules/index.js';
export {
  DEFAULT_TRUST_POLICY_QUOTA,
  MAX_TRUST_POLICY_SIZE,
  policySize,
} from './lint/rules/policy-size/rule.js';
export type { SuppressedFinding, Suppression } from './lint/suppressions.js';
export { applySuppressions, parseSuppressions, type SuppressionResult } from './lint/suppressions.js';
export { normalizePolicy } from './model/normalize.js';
export type {
  ActionBlock,
  ActionPattern,
  ConditionClause,
  ConditionValue,
  Effect,
  Policy,
  PrincipalBlock,
  Statement,
} from './model/policy.js';
export { type PolicySource, readPolicy } from './model/read-policy.js';
export type { Caller } from './principal/caller.js';
export type { PrincipalMatchReason, PrincipalMismatchReason } from './principal/match-principal.js';
export type { PolicyPrincipal, PolicyPrincipalKind } from './principal/policy-principal.js';
export {
  SERVICES_WITHOUT_SOURCE_KEYS,
  type ServiceWithoutSourceKeys,
  serviceWithoutSourceKeys,
} from './principal/service-source-keys.js';
export { ContextEntry, type ValueSource } from './request/context-entry.js';
export {
  type ResolvedRequest,
  type ResolveOptions,
  resolveRequest,
  type TrustRequest,
} from './request/resolve-request.js';
export { type JsonSchema, trustPolicySchema } from './schema/trust-policy-schema.js';
export { compileTrustFile, runScenarios, type ScenarioResult } from './trust-file/run-scenarios.js';
export {
  DECISIONS,
  parseTrustFile,
  type Scenario,
  type ScenarioCallerPolicies,
  type TrustFile,
  type TrustFileResult,
} from './trust-file/trust-file.js';
export {
  callerPoliciesOf,
  type FormatResult,
  formatTrustFile,
  policyTextOf,
  type TrustFileParts,
} from './trust-file/trust-file-text.js';

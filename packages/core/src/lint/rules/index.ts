import type { Rule } from '../define-rule.js';
import { accountTrustWithoutCondition } from './account-trust-without-condition/rule.js';
import { allowWithNotAction } from './allow-with-not-action/rule.js';
import { anyPrincipalWithoutCondition } from './any-principal-without-condition/rule.js';
import { boolMultipleValues } from './bool-multiple-values/rule.js';
import { canonicalUserPrincipal } from './canonical-user-principal/rule.js';
import { conditionKeyNeverPresent } from './condition-key-never-present/rule.js';
import { conditionValueType } from './condition-value-type/rule.js';
import { crossAccountWithoutExternalId } from './cross-account-without-external-id/rule.js';
import { dateWindowEmpty } from './date-window-empty/rule.js';
import { dateWindowExpired } from './date-window-expired/rule.js';
import { dateWindowNotStarted } from './date-window-not-started/rule.js';
import { duplicateKey } from './duplicate-key/rule.js';
import { duplicateSid } from './duplicate-sid/rule.js';
import { emptyCondition } from './empty-condition/rule.js';
import { emptyConditionValues } from './empty-condition-values/rule.js';
import { federatedUserPrincipal } from './federated-user-principal/rule.js';
import { forAllValuesSingleValuedKey } from './for-all-values-single-valued-key/rule.js';
import { forAllValuesWithoutPresenceCheck } from './for-all-values-without-presence-check/rule.js';
import { foreignAccountTrustWithoutCondition } from './foreign-account-trust-without-condition/rule.js';
import { githubTrustByNameOnly } from './github-trust-by-name-only/rule.js';
import { identityConditionTrueWhenMissing } from './identity-condition-true-when-missing/rule.js';
import { impreciseDateFormat } from './imprecise-date-format/rule.js';
import { invalidConditionBlock } from './invalid-condition-block/rule.js';
import { invalidConditionKey } from './invalid-condition-key/rule.js';
import { invalidEffect } from './invalid-effect/rule.js';
import { invalidPrincipalKey } from './invalid-principal-key/rule.js';
import { invalidPrincipalValue } from './invalid-principal-value/rule.js';
import { invalidSid } from './invalid-sid/rule.js';
import { invalidStatement } from './invalid-statement/rule.js';
import { invalidVersion } from './invalid-version/rule.js';
import { likeWithoutWildcard } from './like-without-wildcard/rule.js';
import { mfaBoolIfExistsInAllow } from './mfa-bool-if-exists-in-allow/rule.js';
import { mfaBoolInDeny } from './mfa-bool-in-deny/rule.js';
import { mfaCheckedWithNull } from './mfa-checked-with-null/rule.js';
import { mismatchedActionForPrincipal } from './mismatched-action-for-principal/rule.js';
import { missingAction } from './missing-action/rule.js';
import { missingPrincipal } from './missing-principal/rule.js';
import { missingStatement } from './missing-statement/rule.js';
import { missingVersion } from './missing-version/rule.js';
import { nonStsAction } from './non-sts-action/rule.js';
import { notPrincipalInTrustPolicy } from './not-principal-in-trust-policy/rule.js';
import { nullWithIfExists } from './null-with-if-exists/rule.js';
import { oidcMissingAudienceCondition } from './oidc-missing-audience-condition/rule.js';
import { oidcMissingSubjectCondition } from './oidc-missing-subject-condition/rule.js';
import { oidcSubWildcard } from './oidc-sub-wildcard/rule.js';
import { oldVersion } from './old-version/rule.js';
import { plainOperatorOnMultivaluedKey } from './plain-operator-on-multivalued-key/rule.js';
import { policyCharacters } from './policy-characters/rule.js';
import { policySizeRule } from './policy-size/rule.js';
import { policySizeOverDefaultQuota } from './policy-size-over-default-quota/rule.js';
import { principalPartialWildcard } from './principal-partial-wildcard/rule.js';
import { principalUniqueId } from './principal-unique-id/rule.js';
import { principalWildcardString } from './principal-wildcard-string/rule.js';
import { redundantPrincipal } from './redundant-principal/rule.js';
import { resourceInTrustPolicy } from './resource-in-trust-policy/rule.js';
import { rolesAnywhereMissingActions } from './roles-anywhere-missing-actions/rule.js';
import { servicePrincipalWithoutSourceCondition } from './service-principal-without-source-condition/rule.js';
import { sourceIpPrivateRange } from './source-ip-private-range/rule.js';
import { sourceIpWithServicePrincipal } from './source-ip-with-service-principal/rule.js';
import { stringOperatorOnArnKey } from './string-operator-on-arn-key/rule.js';
import { unconstrainedSessionAttributes } from './unconstrained-session-attributes/rule.js';
import { unknownConditionOperator } from './unknown-condition-operator/rule.js';
import { unknownPolicyElement } from './unknown-policy-element/rule.js';
import { unknownStatementElement } from './unknown-statement-element/rule.js';
import { wildcardInSensitiveKey } from './wildcard-in-sensitive-key/rule.js';
import { wildcardWithoutLikeOperator } from './wildcard-without-like-operator/rule.js';

/** Every rule, explicitly (no filesystem discovery), in catalogue order. */
export const RULES: readonly Rule[] = [
  duplicateKey,
  unknownPolicyElement,
  invalidVersion,
  missingStatement,
  invalidStatement,
  unknownStatementElement,
  resourceInTrustPolicy,
  notPrincipalInTrustPolicy,
  invalidEffect,
  missingPrincipal,
  principalWildcardString,
  invalidPrincipalKey,
  principalPartialWildcard,
  invalidPrincipalValue,
  canonicalUserPrincipal,
  missingAction,
  nonStsAction,
  mismatchedActionForPrincipal,
  rolesAnywhereMissingActions,
  invalidSid,
  duplicateSid,
  invalidConditionBlock,
  unknownConditionOperator,
  nullWithIfExists,
  conditionValueType,
  boolMultipleValues,
  invalidConditionKey,
  policyCharacters,
  policySizeRule,
  // Warnings and notes: what AWS accepts but is dangerous or does not do what it seems.
  anyPrincipalWithoutCondition,
  oidcMissingSubjectCondition,
  oidcMissingAudienceCondition,
  oidcSubWildcard,
  githubTrustByNameOnly,
  foreignAccountTrustWithoutCondition,
  crossAccountWithoutExternalId,
  accountTrustWithoutCondition,
  servicePrincipalWithoutSourceCondition,
  principalUniqueId,
  federatedUserPrincipal,
  redundantPrincipal,
  allowWithNotAction,
  unconstrainedSessionAttributes,
  identityConditionTrueWhenMissing,
  wildcardInSensitiveKey,
  forAllValuesSingleValuedKey,
  forAllValuesWithoutPresenceCheck,
  plainOperatorOnMultivaluedKey,
  mfaBoolIfExistsInAllow,
  mfaBoolInDeny,
  mfaCheckedWithNull,
  conditionKeyNeverPresent,
  wildcardWithoutLikeOperator,
  likeWithoutWildcard,
  stringOperatorOnArnKey,
  sourceIpPrivateRange,
  sourceIpWithServicePrincipal,
  dateWindowEmpty,
  dateWindowExpired,
  dateWindowNotStarted,
  impreciseDateFormat,
  emptyCondition,
  emptyConditionValues,
  missingVersion,
  oldVersion,
  policySizeOverDefaultQuota,
];

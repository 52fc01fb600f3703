import type { Rule } from '../define-rule.js';
import { boolMultipleValues } from './bool-multiple-values/rule.js';
import { canonicalUserPrincipal } from './canonical-user-principal/rule.js';
import { conditionValueType } from './condition-value-type/rule.js';
import { duplicateKey } from './duplicate-key/rule.js';
import { duplicateSid } from './duplicate-sid/rule.js';
import { invalidConditionBlock } from './invalid-condition-block/rule.js';
import { invalidConditionKey } from './invalid-condition-key/rule.js';
import { invalidEffect } from './invalid-effect/rule.js';
import { invalidPrincipalKey } from './invalid-principal-key/rule.js';
import { invalidPrincipalValue } from './invalid-principal-value/rule.js';
import { invalidSid } from './invalid-sid/rule.js';
import { invalidStatement } from './invalid-statement/rule.js';
import { invalidVersion } from './invalid-version/rule.js';
import { mismatchedActionForPrincipal } from './mismatched-action-for-principal/rule.js';
import { missingAction } from './missing-action/rule.js';
import { missingPrincipal } from './missing-principal/rule.js';
import { missingStatement } from './missing-statement/rule.js';
import { nonStsAction } from './non-sts-action/rule.js';
import { notPrincipalInTrustPolicy } from './not-principal-in-trust-policy/rule.js';
import { nullWithIfExists } from './null-with-if-exists/rule.js';
import { policyCharacters } from './policy-characters/rule.js';
import { policySizeRule } from './policy-size/rule.js';
import { principalPartialWildcard } from './principal-partial-wildcard/rule.js';
import { principalWildcardString } from './principal-wildcard-string/rule.js';
import { resourceInTrustPolicy } from './resource-in-trust-policy/rule.js';
import { rolesAnywhereMissingActions } from './roles-anywhere-missing-actions/rule.js';
import { unknownConditionOperator } from './unknown-condition-operator/rule.js';
import { unknownPolicyElement } from './unknown-policy-element/rule.js';
import { unknownStatementElement } from './unknown-statement-element/rule.js';

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
];

import type { JsonNode } from '../json/json-node.js';
import type { JsonPath } from '../json/json-path.js';
import type { PolicyPrincipal } from '../principal/policy-principal.js';

/**
 * The normalized trust policy. Built leniently from any JSON: whatever cannot be read is left
 * out here and reported by the linter, so evaluation and linting share one model. Every node
 * keeps the path it came from; single-or-array forms are always arrays.
 */
export interface Policy {
  readonly root: JsonNode;
  /** The Version value when it is a string. */
  readonly version: string | undefined;
  /** Policy variables are substituted only under Version 2012-10-17. */
  readonly variablesEnabled: boolean;
  readonly statements: readonly Statement[];
}

export type Effect = 'Allow' | 'Deny';

export interface Statement {
  readonly index: number;
  /** `["Statement", i]`, or `["Statement"]` when Statement is a single object. */
  readonly path: JsonPath;
  readonly node: JsonNode;
  readonly sid: string | undefined;
  /** Undefined unless Effect is exactly "Allow" or "Deny": such a statement never applies. */
  readonly effect: Effect | undefined;
  /**
   * Why the statement cannot be read as written ("it has both Action and NotAction"), or
   * undefined. A malformed statement never applies: guessing could silently widen access.
   */
  readonly malformed: string | undefined;
  readonly principal: PrincipalBlock | undefined;
  readonly action: ActionBlock | undefined;
  readonly conditions: readonly ConditionClause[];
}

export interface PrincipalBlock {
  /** NotPrincipal: applies to callers matching none of the entries. */
  readonly not: boolean;
  readonly path: JsonPath;
  readonly entries: readonly PolicyPrincipal[];
}

export interface ActionBlock {
  readonly not: boolean;
  readonly path: JsonPath;
  readonly patterns: readonly ActionPattern[];
}

export interface ActionPattern {
  readonly value: string;
  readonly path: JsonPath;
}

/** One key under one operator: `"StringEquals": { "sts:ExternalId": [...] }`. */
export interface ConditionClause {
  readonly operator: string;
  readonly operatorPath: JsonPath;
  readonly key: string;
  readonly path: JsonPath;
  readonly values: readonly ConditionValue[];
}

export interface ConditionValue {
  /** The value as IAM compares it (numbers as written, booleans as true/false). */
  readonly text: string;
  readonly path: JsonPath;
}

export function statementLabel(statement: Pick<Statement, 'index' | 'sid'>): string {
  return statement.sid === undefined || statement.sid === ''
    ? `Statement ${statement.index + 1}`
    : `Statement "${statement.sid}"`;
}

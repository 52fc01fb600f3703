/**
 * The JSON the wizards write, typed. A wizard only ever writes these shapes, so recognizing a
 * policy means reading them back; hand-written policies are read as `unknown`.
 */
export type OneOrMany = string | readonly string[];

export interface PrincipalJson {
  readonly AWS?: OneOrMany;
  readonly Service?: OneOrMany;
  readonly Federated?: OneOrMany;
}

/** `{ "StringEquals": { "sts:ExternalId": "..." } }`: operator → key → value(s). */
export type ConditionJson = Readonly<Record<string, Readonly<Record<string, OneOrMany>>>>;

export type EffectJson = 'Allow' | 'Deny';

/** One trust-policy statement as a wizard writes it. */
export interface StatementJson {
  readonly Sid: string;
  readonly Effect: EffectJson;
  readonly Principal: PrincipalJson;
  readonly Action: OneOrMany;
  readonly Condition?: ConditionJson;
}

/** A trust policy as a wizard writes it. */
export interface PolicyJson {
  readonly Version: '2012-10-17';
  readonly Statement: readonly StatementJson[];
}

/** An identity (permissions) policy statement, for companion policies such as iam:PassRole limits. */
export interface IdentityStatementJson {
  readonly Sid: string;
  readonly Effect: EffectJson;
  readonly Action: OneOrMany;
  readonly Resource: OneOrMany;
  readonly Condition?: ConditionJson;
}

export interface IdentityPolicyJson {
  readonly Version: '2012-10-17';
  readonly Statement: readonly IdentityStatementJson[];
}

/**
 * A policy after `combine`: the existing document's own fields are kept verbatim (unknown
 * fields included), so only `Statement` is known to be an array.
 */
export interface CombinedPolicy {
  readonly [element: string]: unknown;
  readonly Statement: readonly unknown[];
}

import type {
  ConditionJson,
  EffectJson,
  OneOrMany,
  PolicyJson,
  PrincipalJson,
  StatementJson,
} from '../types/policy-json.js';

/** One value as a string, several as an array: the form AWS itself shows. */
export function oneOrMany(values: readonly string[]): OneOrMany {
  return values.length === 1 ? (values[0] as string) : [...values];
}

/** Collects condition clauses in writing order; empty value lists are left out. */
export class ConditionBuilder {
  readonly #blocks = new Map<string, Map<string, readonly string[]>>();

  add(operator: string, key: string, values: readonly string[]): this {
    if (values.length === 0) return this;
    const block = this.#blocks.get(operator) ?? new Map<string, readonly string[]>();
    block.set(key, values);
    this.#blocks.set(operator, block);
    return this;
  }

  build(): ConditionJson | undefined {
    if (this.#blocks.size === 0) return undefined;
    const out: Record<string, Record<string, OneOrMany>> = {};
    for (const [operator, block] of this.#blocks) {
      const keys: Record<string, OneOrMany> = {};
      for (const [key, values] of block) keys[key] = oneOrMany(values);
      out[operator] = keys;
    }
    return out;
  }
}

export interface StatementParts {
  readonly sid: string;
  readonly effect?: EffectJson;
  readonly principal: PrincipalJson;
  readonly actions: readonly string[];
  readonly conditions?: ConditionBuilder;
}

/** A statement in the element order AWS documents (Sid, Effect, Principal, Action, Condition). */
export function statement(parts: StatementParts): StatementJson {
  const condition = parts.conditions?.build();
  return {
    Sid: parts.sid,
    Effect: parts.effect ?? 'Allow',
    Principal: parts.principal,
    Action: oneOrMany(parts.actions),
    ...(condition === undefined ? {} : { Condition: condition }),
  };
}

export function policyOf(statements: readonly StatementJson[]): PolicyJson {
  return { Version: '2012-10-17', Statement: statements };
}

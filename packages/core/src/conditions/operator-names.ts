/**
 * Condition operators and their qualifiers.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

export interface BaseOperator {
  readonly name: string;
  readonly family: OperatorFamily;
  /** Negated operators are `not (positive operator)`: true when no policy value matches. */
  readonly negated: boolean;
  /** Whether `*` and `?` are wildcards (otherwise compared literally). */
  readonly wildcards: boolean;
  readonly ignoreCase: boolean;
  /** Whether `${...}` policy variables are substituted (Version 2012-10-17 only). */
  readonly variables: boolean;
  /** Comparison for ordered families (numeric, date). */
  readonly compare?: 'eq' | 'lt' | 'le' | 'gt' | 'ge';
}

const op = (
  name: string,
  family: OperatorFamily,
  extra: Partial<Omit<BaseOperator, 'name' | 'family'>> = {},
): BaseOperator => ({
  name,
  family,
  negated: false,
  wildcards: false,
  ignoreCase: false,
  variables: family === 'string' || family === 'arn' || family === 'bool',
  ...extra,
});

const ordered = (family: 'numeric' | 'date'): BaseOperator[] => {
  const prefix = family === 'numeric' ? 'Numeric' : 'Date';
  return [
    op(`${prefix}Equals`, family, { compare: 'eq' }),
    op(`${prefix}NotEquals`, family, { compare: 'eq', negated: true }),
    op(`${prefix}LessThan`, family, { compare: 'lt' }),
    op(`${prefix}LessThanEquals`, family, { compare: 'le' }),
    op(`${prefix}GreaterThan`, family, { compare: 'gt' }),
    op(`${prefix}GreaterThanEquals`, family, { compare: 'ge' }),
  ];
};

export const BASE_OPERATORS: readonly BaseOperator[] = [
  op('StringEquals', 'string'),
  op('StringNotEquals', 'string', { negated: true }),
  op('StringEqualsIgnoreCase', 'string', { ignoreCase: true }),
  op('StringNotEqualsIgnoreCase', 'string', { ignoreCase: true, negated: true }),
  op('StringLike', 'string', { wildcards: true }),
  op('StringNotLike', 'string', { wildcards: true, negated: true }),
  ...ordered('numeric'),
  ...ordered('date'),
  op('Bool', 'bool'),
  op('BinaryEquals', 'binary'),
  op('IpAddress', 'ip'),
  op('NotIpAddress', 'ip', { negated: true }),
  op('ArnEquals', 'arn', { wildcards: true }),
  op('ArnLike', 'arn', { wildcards: true }),
  op('ArnNotEquals', 'arn', { wildcards: true, negated: true }),
  op('ArnNotLike', 'arn', { wildcards: true, negated: true }),
  op('Null', 'null', { variables: false }),
];

const byLowerName = new Map(BASE_OPERATORS.map((o) => [o.name.toLowerCase(), o]));

export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

export interface ParsedOperator {
  readonly base: BaseOperator;
  readonly qualifier: SetQualifier | undefined;
  readonly ifExists: boolean;
  /** The operator as IAM spells it; differs from what was written only in case. */
  readonly canonical: string;
}

/**
 * `ForAnyValue:StringLikeIfExists` → base StringLike, qualifier ForAnyValue, ifExists.
 * Matching is case-insensitive here (evaluation); the linter reports other casings.
 */
export function parseOperator(written: string): ParsedOperator | undefined {
  let parsed = operatorCache.get(written);
  if (parsed === undefined) {
    if (operatorCache.size >= 1024) operatorCache.clear();
    parsed = parseUncached(written) ?? null;
    operatorCache.set(written, parsed);
  }
  return parsed ?? undefined;
}

/** Compile and several rules parse the same operators; the answer depends on the text alone. */
const operatorCache = new Map<string, ParsedOperator | null>();

function parseUncached(written: string): ParsedOperator | undefined {
  let rest = written;
  let qualifier: SetQualifier | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon).toLowerCase();
    if (prefix === 'foranyvalue') qualifier = 'ForAnyValue';
    else if (prefix === 'forallvalues') qualifier = 'ForAllValues';
    else return undefined;
    rest = rest.slice(colon + 1);
  }
  let base = byLowerName.get(rest.toLowerCase());
  let ifExists = false;
  if (base === undefined && rest.toLowerCase().endsWith('ifexists')) {
    base = byLowerName.get(rest.slice(0, -8).toLowerCase());
    ifExists = true;
  }
  if (base === undefined) return undefined;
  const canonical = `${qualifier === undefined ? '' : `${qualifier}:`}${base.name}${ifExists ? 'IfExists' : ''}`;
  return { base, qualifier, ifExists, canonical };
}

export function operatorNames(): string[] {
  return BASE_OPERATORS.map((o) => o.name);
}

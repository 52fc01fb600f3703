import type { ContextScalar } from '../conditions/typed-values.js';
import type { JsonPath } from '../json/json-path.js';

/** Where a request value came from: the scenario, the caller's ARN, or a default such as now. */
export type ValueSource = 'given' | 'derived' | 'defaulted';

/**
 * One condition key of a resolved request. Values are always a list (a single value is a list
 * of one); `multi` records whether the request gave an array. Parsed forms (numbers, dates, IP
 * addresses) are cached privately so a request resolved once is cheap to evaluate many times.
 */
export class ContextEntry {
  readonly key: string;
  readonly values: readonly ContextScalar[];
  readonly multi: boolean;
  readonly source: ValueSource;
  /** For derived and defaulted values: where the value comes from, in words. */
  readonly basis: string | undefined;
  /** For given values: where it sits in the request. */
  readonly path: JsonPath | undefined;
  readonly #typed = new Map<string, readonly unknown[]>();

  constructor(init: {
    key: string;
    values: readonly ContextScalar[];
    multi: boolean;
    source: ValueSource;
    basis?: string;
    path?: JsonPath;
  }) {
    this.key = init.key;
    this.values = init.values;
    this.multi = init.multi;
    this.source = init.source;
    this.basis = init.basis;
    this.path = init.path;
  }

  /** Values parsed by `parse`, computed once per entry and parser name. */
  typed<T>(name: string, parse: (value: ContextScalar) => T): readonly T[] {
    let cached = this.#typed.get(name) as readonly T[] | undefined;
    if (cached === undefined) {
      cached = this.values.map(parse);
      this.#typed.set(name, cached);
    }
    return cached;
  }
}

import type { RequestForm } from '../conditions/request-forms.js';
import type { ContextScalar } from '../conditions/typed-values.js';
import type { JsonPath } from '../json/json-path.js';

/** Where a request value came from: the scenario, the caller's ARN, or a default such as now. */
export type ValueSource = 'given' | 'derived' | 'defaulted';

/**
 * One condition key of a resolved request. Values are always a list (a single value is a list
 * of one); `multi` records whether the request gave an array. Parsed forms (numbers, dates, IP
 * addresses) are cached privately, so a request resolved once is cheap to evaluate many times
 * and entries can be shared between requests (they never change).
 */
export class ContextEntry {
  readonly key: string;
  /** The key lower-cased: condition key names are case-insensitive. */
  readonly keyLower: string;
  readonly values: readonly ContextScalar[];
  readonly multi: boolean;
  readonly source: ValueSource;
  /** For derived and defaulted values: where the value comes from, in words. */
  readonly basis: string | undefined;
  /** For given values: where it sits in the request. */
  readonly path: JsonPath | undefined;
  #firstForm: string | undefined;
  #first: readonly unknown[] | undefined;
  #forms: Map<string, readonly unknown[]> | undefined;

  constructor(init: {
    key: string;
    values: readonly ContextScalar[];
    multi: boolean;
    source: ValueSource;
    basis?: string;
    path?: JsonPath;
  }) {
    this.key = init.key;
    this.keyLower = init.key.toLowerCase();
    this.values = init.values;
    this.multi = init.multi;
    this.source = init.source;
    this.basis = init.basis;
    this.path = init.path;
  }

  /** The values read in `form`, computed once per entry and form (undefined where unreadable). */
  read<R>(form: RequestForm<R>): readonly (R | undefined)[] {
    // Most entries are read in one form only (their key's type): that one needs no map.
    if (this.#firstForm === form.name) return this.#first as readonly (R | undefined)[];
    let cached = this.#forms?.get(form.name) as readonly (R | undefined)[] | undefined;
    if (cached === undefined) {
      cached = this.values.map((v) => form.parse(v));
      if (this.#firstForm === undefined) {
        this.#firstForm = form.name;
        this.#first = cached;
      } else {
        this.#forms ??= new Map();
        this.#forms.set(form.name, cached);
      }
    }
    return cached;
  }
}

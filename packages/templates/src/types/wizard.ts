import type { Decision, TrustRequest } from '@trustwright/core';
import type * as z from 'zod';
import type { IdentityPolicyJson, StatementJson } from './policy-json.js';

/** How the app renders a field. `list` and `cidr-list` hold string arrays, `boolean` a checkbox. */
export type FieldKind = 'text' | 'list' | 'boolean' | 'select' | 'datetime' | 'cidr-list';

export interface FieldOption {
  readonly value: string;
  readonly label: string;
  readonly help?: string;
}

/** Everything the app needs to render one form field; `name` is the input property. */
export interface FieldMeta<Name extends string = string> {
  readonly name: Name;
  readonly label: string;
  readonly help: string;
  readonly kind: FieldKind;
  readonly options?: readonly FieldOption[];
  readonly placeholder?: string;
  /** A helper the app offers beside the field (a "Generate" button for external IDs). */
  readonly assist?: 'generate-external-id';
  /** Show the field only while another field has one of these values (mode switches). */
  readonly visibleWhen?: { readonly field: string; readonly equals: readonly (string | boolean)[] };
}

/** A what-if request with the verdict it must get: the trust-file scenario shape. */
export interface StarterScenario {
  readonly name: string;
  readonly request: TrustRequest;
  readonly expect: Decision;
}

export interface CompanionPolicy {
  readonly title: string;
  /** Why the companion is needed and where it goes. */
  readonly description: string;
  readonly policy: IdentityPolicyJson;
}

export interface WizardOutput {
  readonly statements: readonly StatementJson[];
  readonly scenarios: readonly StarterScenario[];
  /** Things a reviewer must know that the policy itself cannot say. */
  readonly warnings: readonly string[];
  readonly companion?: CompanionPolicy;
}

export type Recognized<I> =
  | { readonly ok: true; readonly input: I }
  | { readonly ok: false; readonly reason: string; readonly statementIndex?: number };

export interface Wizard<I> {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Form validation (use with react-hook-form's zodResolver); its output is the canonical input. */
  readonly schema: z.ZodType<I>;
  readonly fields: readonly FieldMeta<keyof I & string>[];
  /** What a fresh form starts with; may be incomplete (required fields empty). */
  readonly defaults: I;
  /** A complete, valid input: previews, docs and tests. */
  readonly example: I;
  /**
   * Fields that do not appear in the trust policy (they shape the companion policy), so
   * `recognize` takes them from `previous` or the defaults.
   */
  readonly companionFields: readonly (keyof I & string)[];
  build(input: I): WizardOutput;
  /**
   * Reads a policy (object or JSON text) back into form input, or says which statement is
   * outside this wizard's shape and why. `previous` supplies the companion fields.
   */
  recognize(policy: unknown, previous?: I): Recognized<I>;
}

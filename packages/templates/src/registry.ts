import type * as z from 'zod';
import type { FieldMeta, Recognized, Wizard, WizardOutput } from './types/wizard.js';
import { fieldErrors } from './wizard/field-errors.js';
import { abac } from './wizards/abac/index.js';
import { cognito } from './wizards/cognito/index.js';
import { eksIrsa } from './wizards/eks-irsa/index.js';
import { eksPodIdentity } from './wizards/eks-pod-identity/index.js';
import { githubActions } from './wizards/github-actions/index.js';
import { google } from './wizards/google/index.js';
import { orgWide } from './wizards/org-wide/index.js';
import { roleChaining } from './wizards/role-chaining/index.js';
import { saml } from './wizards/saml/index.js';
import { serviceRole } from './wizards/service-role/index.js';
import { thirdPartyAuditor } from './wizards/third-party-auditor/index.js';

export type RunResult =
  | { readonly ok: true; readonly input: unknown; readonly output: WizardOutput }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * A wizard with its input type erased, so the app can list and drive every wizard the same
 * way: `run` validates form values with the wizard's schema before building, so no unchecked
 * value reaches a builder.
 */
export interface WizardEntry {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly FieldMeta[];
  readonly schema: z.ZodType<unknown>;
  readonly defaults: unknown;
  readonly example: unknown;
  readonly companionFields: readonly string[];
  run(values: unknown): RunResult;
  recognize(policy: unknown, previous?: unknown): Recognized<unknown>;
}

function entry<I>(wizard: Wizard<I>): WizardEntry {
  return {
    id: wizard.id,
    title: wizard.title,
    description: wizard.description,
    fields: wizard.fields,
    schema: wizard.schema,
    defaults: wizard.defaults,
    example: wizard.example,
    companionFields: wizard.companionFields,
    run(values) {
      const parsed = wizard.schema.safeParse(values);
      return parsed.success
        ? { ok: true, input: parsed.data, output: wizard.build(parsed.data) }
        : { ok: false, errors: fieldErrors(wizard.schema, values) };
    },
    recognize(policy, previous) {
      // Only a valid previous input can lend its companion fields.
      const prior = previous === undefined ? undefined : wizard.schema.safeParse(previous);
      return wizard.recognize(policy, prior?.success === true ? prior.data : undefined);
    },
  };
}

/** Every wizard, in the order the app lists them. */
export const WIZARDS: readonly WizardEntry[] = [
  entry(thirdPartyAuditor),
  entry(orgWide),
  entry(serviceRole),
  entry(saml),
  entry(githubActions),
  entry(eksIrsa),
  entry(eksPodIdentity),
  entry(cognito),
  entry(google),
  entry(roleChaining),
  entry(abac),
];

export function getWizard(id: string): WizardEntry | undefined {
  return WIZARDS.find((w) => w.id === id);
}

export interface RecognizedBy {
  readonly id: string;
  readonly input: unknown;
}

/** The wizards that can reopen this policy, for "open in wizard" on a policy of unknown origin. */
export function recognizeAny(policy: unknown): RecognizedBy[] {
  const out: RecognizedBy[] = [];
  for (const w of WIZARDS) {
    const result = w.recognize(policy);
    if (result.ok) out.push({ id: w.id, input: result.input });
  }
  return out;
}

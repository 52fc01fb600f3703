import { canonicalStatement } from '../policy/canonical-statement.js';
import { describeDifference } from '../policy/describe-difference.js';
import { readPolicy, readStatement, type ShapeStatement, statementName } from '../policy/read-statements.js';
import type { FieldMeta, Recognized, Wizard, WizardOutput } from '../types/wizard.js';

/** What a wizard reads back from a policy before validation and the rebuild check. */
export type Extraction<I> =
  | {
      readonly ok: true;
      readonly input: I;
      /** The statement the input mostly came from: where to point when validation fails. */
      readonly primaryIndex: number;
    }
  | { readonly ok: false; readonly reason: string; readonly statementIndex?: number };

export interface WizardSpec<I> extends Omit<Wizard<I>, 'recognize' | 'companionFields'> {
  readonly companionFields?: readonly (keyof I & string)[];
  /**
   * Reads form input from the statements. It need not check everything: the result is
   * validated with the schema and rebuilt, and any difference from the policy is reported.
   */
  extract(statements: readonly ShapeStatement[]): Extraction<I>;
}

/** An extraction that failed: assignable to the extraction of any wizard. */
export type NotInShape = Extract<Extraction<never>, { readonly ok: false }>;

export function notInShape(statement: ShapeStatement, why: string): NotInShape {
  return { ok: false, reason: `${statementName(statement)} ${why}.`, statementIndex: statement.index };
}

/**
 * Gives a wizard its `recognize`: extract → validate → rebuild → compare. The comparison is
 * what makes the round trip safe: a recognized policy is exactly what re-running the wizard
 * with the recognized input writes, up to order, case and Sids, so nothing is silently lost.
 */
export function defineWizard<I>(spec: WizardSpec<I>): Wizard<I> {
  const { extract, companionFields = [], ...rest } = spec;
  const title = spec.title;
  return {
    ...rest,
    companionFields,
    recognize(policy: unknown, previous?: I): Recognized<I> {
      const read = readPolicy(policy);
      if (!read.ok) return { ok: false, reason: read.reason };
      const extracted = extract(read.statements);
      if (!extracted.ok) return extracted;
      const source = previous ?? spec.defaults;
      const candidate = { ...extracted.input };
      for (const field of companionFields) candidate[field] = source[field];
      const parsed = spec.schema.safeParse(candidate);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const label = labelOf(spec.fields, issue?.path[0]);
        return {
          ok: false,
          reason: `${statementName(read.statements[extracted.primaryIndex] ?? { index: extracted.primaryIndex, sid: undefined })}: ${label}: ${issue?.message ?? 'not valid'}`,
          statementIndex: extracted.primaryIndex,
        };
      }
      const mismatch = compareWithRebuild(read.statements, spec.build(parsed.data), title);
      return mismatch ?? { ok: true, input: parsed.data };
    },
  };
}

function labelOf(fields: readonly FieldMeta[], name: PropertyKey | undefined): string {
  return fields.find((f) => f.name === name)?.label ?? String(name ?? 'input');
}

/** Pairs each policy statement with an equal rebuilt one; the first unpaired one is the reason. */
function compareWithRebuild(
  found: readonly ShapeStatement[],
  output: WizardOutput,
  title: string,
): { ok: false; reason: string; statementIndex?: number } | undefined {
  const expected = output.statements.map((s, i) => readStatement(s, i));
  const expectedKeys = expected.map(canonicalStatement);
  const used = new Set<number>();
  const unmatched: ShapeStatement[] = [];
  for (const statement of found) {
    const key = canonicalStatement(statement);
    const at = expectedKeys.findIndex((k, i) => k === key && !used.has(i));
    if (at < 0) unmatched.push(statement);
    else used.add(at);
  }
  const first = unmatched[0];
  if (first !== undefined) {
    const free = expected.filter((_, i) => !used.has(i));
    const closest = free.find((e) => e.effect === first.effect) ?? free[0];
    const why =
      closest === undefined
        ? `is one more statement than the ${title} wizard writes`
        : `is outside the ${title} wizard's shape: ${describeDifference(first, closest)}`;
    return { ok: false, reason: `${statementName(first)} ${why}.`, statementIndex: first.index };
  }
  const missing = expected.find((_, i) => !used.has(i));
  if (missing !== undefined) {
    return {
      ok: false,
      reason: `The policy lacks the statement "${missing.sid ?? ''}" that the ${title} wizard writes for this input.`,
    };
  }
  return undefined;
}

import { type NotInShape, notInShape } from '../wizard/define-wizard.js';
import { conditionValues, principalTypes, principalValues, type ShapeStatement } from './read-statements.js';

export interface ProviderShape {
  /** The federated provider the statement must trust, alone (e.g. accounts.google.com). */
  readonly provider: string;
  /** The wizard's name, for "one more statement than the X wizard writes". */
  readonly wizard: string;
  /** Why a missing `PROVIDER:aud` condition matters, in the reader's terms. */
  readonly withoutAudience: string;
  /** What several audiences are ("identity pools", "client ids"). */
  readonly audiences: string;
}

/**
 * The common frame of the public web-identity wizards (Cognito, Google): exactly one statement,
 * trusting exactly the provider, with exactly one `StringEquals PROVIDER:aud` value.
 */
export function singleProviderStatement(
  statements: readonly ShapeStatement[],
  shape: ProviderShape,
): { readonly ok: true; readonly statement: ShapeStatement; readonly audience: string } | NotInShape {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined)
    return notInShape(extra, `is one more statement than the ${shape.wizard} wizard writes`);
  const { provider } = shape;
  if (principalTypes(only).join() !== 'Federated' || principalValues(only, 'Federated').join() !== provider)
    return notInShape(only, `does not trust exactly ${provider}`);
  const aud = conditionValues(only, 'StringEquals', `${provider}:aud`);
  if (aud === undefined)
    return notInShape(only, `has no ${provider}:aud condition: ${shape.withoutAudience}`);
  const [audience, ...more] = aud;
  if (audience === undefined || more.length > 0)
    return notInShape(only, `lists several ${shape.audiences}; the wizard writes one`);
  return { ok: true, statement: only, audience };
}

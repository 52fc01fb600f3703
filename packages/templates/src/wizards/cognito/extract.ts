import {
  conditionValues,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import { PROVIDER } from './build.js';
import type { CognitoInput } from './schema.js';

export function extract(statements: readonly ShapeStatement[]): Extraction<CognitoInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined) return notInShape(extra, 'is one more statement than the Cognito wizard writes');
  if (principalTypes(only).join() !== 'Federated' || principalValues(only, 'Federated').join() !== PROVIDER)
    return notInShape(only, `does not trust exactly ${PROVIDER}`);
  const aud = conditionValues(only, 'StringEquals', `${PROVIDER}:aud`);
  if (aud === undefined)
    return notInShape(
      only,
      `has no ${PROVIDER}:aud condition: without it any identity pool can assume the role`,
    );
  if (aud.length !== 1) return notInShape(only, 'lists several identity pools; the wizard writes one');
  const amr = conditionValues(only, 'ForAnyValue:StringLike', `${PROVIDER}:amr`);
  if (amr === undefined || amr.length !== 1 || (amr[0] !== 'authenticated' && amr[0] !== 'unauthenticated'))
    return notInShape(
      only,
      `does not require exactly one of authenticated or unauthenticated in ${PROVIDER}:amr`,
    );
  return {
    ok: true,
    primaryIndex: only.index,
    input: { identityPoolId: aud[0] as string, identities: amr[0] },
  };
}

import { conditionValues, type ShapeStatement } from '../../policy/read-statements.js';
import { singleProviderStatement } from '../../policy/single-provider-statement.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import { PROVIDER } from './build.js';
import type { CognitoInput } from './schema.js';

export function extract(statements: readonly ShapeStatement[]): Extraction<CognitoInput> {
  const frame = singleProviderStatement(statements, {
    provider: PROVIDER,
    wizard: 'Cognito',
    withoutAudience: 'without it any identity pool can assume the role',
    audiences: 'identity pools',
  });
  if (!frame.ok) return frame;
  const only = frame.statement;
  const amr = conditionValues(only, 'ForAnyValue:StringLike', `${PROVIDER}:amr`);
  if (amr === undefined || amr.length !== 1 || (amr[0] !== 'authenticated' && amr[0] !== 'unauthenticated'))
    return notInShape(
      only,
      `does not require exactly one of authenticated or unauthenticated in ${PROVIDER}:amr`,
    );
  return {
    ok: true,
    primaryIndex: only.index,
    input: { identityPoolId: frame.audience, identities: amr[0] },
  };
}

import {
  conditionValues,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import { PROVIDER } from './build.js';
import type { GoogleInput } from './schema.js';

export function extract(statements: readonly ShapeStatement[]): Extraction<GoogleInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined) return notInShape(extra, 'is one more statement than the Google wizard writes');
  if (principalTypes(only).join() !== 'Federated' || principalValues(only, 'Federated').join() !== PROVIDER)
    return notInShape(only, `does not trust exactly ${PROVIDER}`);
  const aud = conditionValues(only, 'StringEquals', `${PROVIDER}:aud`);
  if (aud === undefined)
    return notInShape(
      only,
      `has no ${PROVIDER}:aud condition: without it any Google app's users can assume the role`,
    );
  if (aud.length !== 1) return notInShape(only, 'lists several client ids; the wizard writes one');
  return {
    ok: true,
    primaryIndex: only.index,
    input: {
      audience: aud[0] as string,
      subjects: [...(conditionValues(only, 'StringEquals', `${PROVIDER}:sub`) ?? [])],
    },
  };
}

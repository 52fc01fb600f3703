import { conditionValues, type ShapeStatement } from '../../policy/read-statements.js';
import { singleProviderStatement } from '../../policy/single-provider-statement.js';
import type { Extraction } from '../../wizard/define-wizard.js';
import { PROVIDER } from './build.js';
import type { GoogleInput } from './schema.js';

export function extract(statements: readonly ShapeStatement[]): Extraction<GoogleInput> {
  const frame = singleProviderStatement(statements, {
    provider: PROVIDER,
    wizard: 'Google',
    withoutAudience: "without it any Google app's users can assume the role",
    audiences: 'client ids',
  });
  if (!frame.ok) return frame;
  return {
    ok: true,
    primaryIndex: frame.statement.index,
    input: {
      audience: frame.audience,
      subjects: [...(conditionValues(frame.statement, 'StringEquals', `${PROVIDER}:sub`) ?? [])],
    },
  };
}

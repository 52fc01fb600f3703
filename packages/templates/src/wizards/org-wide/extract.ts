import { conditionValues, principalValues, type ShapeStatement } from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import type { OrgWideInput } from './schema.js';

export function extract(statements: readonly ShapeStatement[]): Extraction<OrgWideInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined) return notInShape(extra, 'is one more statement than the org-wide wizard writes');
  if (only.principal === '*')
    return notInShape(
      only,
      'uses the bare "Principal": "*", which IAM rejects in trust policies; the wizard writes {"AWS":"*"}',
    );
  if (principalValues(only, 'AWS').join() !== '*') return notInShape(only, 'does not trust {"AWS":"*"}');
  const org = conditionValues(only, 'StringEquals', 'aws:PrincipalOrgID');
  if (org === undefined)
    return notInShape(
      only,
      'has no StringEquals aws:PrincipalOrgID condition: without it the role trusts every AWS account',
    );
  if (org.length !== 1) return notInShape(only, 'lists several organization ids; the wizard writes one');
  return {
    ok: true,
    primaryIndex: only.index,
    input: {
      orgId: org[0] as string,
      orgPaths: [...(conditionValues(only, 'ForAnyValue:StringLike', 'aws:PrincipalOrgPaths') ?? [])],
    },
  };
}

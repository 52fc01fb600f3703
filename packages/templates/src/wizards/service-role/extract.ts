import {
  conditionValues,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import type { ServiceRoleInput } from './schema.js';
import { serviceByPrincipal } from './services.js';

export function extract(statements: readonly ShapeStatement[]): Extraction<ServiceRoleInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined)
    return notInShape(extra, 'is one more statement than the service-role wizard writes');
  const types = principalTypes(only);
  if (types.length !== 1 || types[0] !== 'Service')
    return notInShape(only, 'does not trust exactly one AWS service');
  const principals = principalValues(only, 'Service');
  if (principals.length !== 1)
    return notInShape(only, 'trusts several services; the wizard writes one per role');
  const service = serviceByPrincipal(principals[0] as string);
  if (service === undefined)
    return notInShape(only, `trusts ${principals[0]}, which is not in the wizard's service list`);
  const one = (operator: string, key: string) => {
    const values = conditionValues(only, operator, key);
    return values?.length === 1 ? values[0] : values === undefined ? '' : undefined;
  };
  const sourceAccount = one('StringEquals', 'aws:SourceAccount');
  const sourceArn = one('ArnLike', 'aws:SourceArn');
  if (sourceAccount === undefined || sourceArn === undefined)
    return notInShape(only, 'lists several source accounts or source ARNs; the wizard writes one of each');
  return {
    ok: true,
    primaryIndex: only.index,
    // passRolePrefix is not in the trust policy; the pipeline fills it from the previous input.
    input: { service: service.id, sourceAccount, sourceArn, passRolePrefix: '' },
  };
}

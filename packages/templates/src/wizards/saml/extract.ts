import {
  conditionsWithKeyPrefix,
  conditionValues,
  principalTypes,
  principalValues,
  type ShapeStatement,
} from '../../policy/read-statements.js';
import { type Extraction, notInShape } from '../../wizard/define-wizard.js';
import type { SamlInput } from './schema.js';

const AUDIENCE = /^https:\/\/(?:([a-z0-9-]+)\.)?signin\.aws\.amazon\.com\/saml$/;

export function extract(statements: readonly ShapeStatement[]): Extraction<SamlInput> {
  const [only, extra] = statements;
  if (only === undefined) return { ok: false, reason: 'The policy has no statements.' };
  if (extra !== undefined) return notInShape(extra, 'is one more statement than the SAML wizard writes');
  const types = principalTypes(only);
  const providers = principalValues(only, 'Federated');
  if (types.length !== 1 || providers.length !== 1)
    return notInShape(only, 'does not trust exactly one SAML provider');
  const audience = conditionValues(only, 'StringEquals', 'saml:aud');
  if (audience !== undefined && audience.length !== 1)
    return notInShape(only, 'lists several SAML:aud values; the wizard writes one');
  const match = audience === undefined ? undefined : AUDIENCE.exec(audience[0] as string);
  if (audience !== undefined && (match === null || match === undefined))
    return notInShape(only, `pins SAML:aud to ${audience[0]}, which is not an AWS sign-in endpoint`);
  const attributes = conditionsWithKeyPrefix(only, 'saml:')
    .filter((c) => c.key.toLowerCase() !== 'saml:aud')
    .flatMap((c) => c.values.map((v) => `${c.key}=${v}`));
  return {
    ok: true,
    primaryIndex: only.index,
    input: {
      providerArn: providers[0] as string,
      access: audience === undefined ? 'programmatic' : 'console',
      signInRegion: match?.[1] ?? '',
      attributes,
      sourceCidrs: [...(conditionValues(only, 'IpAddress', 'aws:SourceIp') ?? [])],
    },
  };
}

import * as z from 'zod';
import { checkProviderArn } from '../../validate/arn.js';
import { checkCidrRows, checkRows, compact, list, reporter, text } from '../../wizard/schema-helpers.js';
import { samlKey, splitAttribute } from './saml-keys.js';

export const ACCESS_MODES = ['console', 'programmatic'] as const;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

const shape = z.object({
  providerArn: text(),
  access: z.enum(ACCESS_MODES),
  signInRegion: text(),
  attributes: list(),
  sourceCidrs: list(),
});

export type SamlInput = z.output<typeof shape>;

function checkAttribute(row: string): string | undefined {
  const parts = splitAttribute(row);
  if (parts === undefined) return 'Write an attribute as key=value, such as saml:sub_type=persistent.';
  if (parts.key.toLowerCase() === 'saml:aud') return 'SAML:aud is set by the access choice above.';
  if (samlKey(parts.key) === undefined)
    return `"${parts.key}" is not a SAML key a trust policy can test (for example saml:iss, saml:sub, saml:edupersonaffiliation).`;
  if (parts.value === '') return `Give a value for ${parts.key}.`;
  if (/[*?]/.test(parts.value))
    return 'The wizard compares attribute values exactly; wildcards (* or ?) are not supported here.';
  return undefined;
}

/**
 * Rows grouped by key in key order, keys in catalogue spelling, values in the order given: the
 * order build writes, and one that does not depend on how the policy orders its operators.
 */
function canonicalAttributes(rows: readonly string[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const row of compact(rows)) {
    const parts = splitAttribute(row);
    if (parts === undefined) continue;
    const key = samlKey(parts.key)?.name ?? parts.key;
    const values = byKey.get(key) ?? [];
    if (!values.includes(parts.value)) values.push(parts.value);
    byKey.set(key, values);
  }
  return [...byKey]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([key, values]) => values.map((v) => `${key}=${v}`));
}

export const samlSchema = shape
  .superRefine((v, ctx) => {
    const report = reporter(ctx);
    const arn = checkProviderArn(v.providerArn, 'saml-provider');
    if (typeof arn === 'string') report('providerArn', arn);
    if (v.access === 'console' && v.signInRegion !== '' && !REGION.test(v.signInRegion))
      report(
        'signInRegion',
        'Give a Region code such as eu-west-1, or leave empty for the global sign-in endpoint.',
      );
    checkRows(report, 'attributes', v.attributes, checkAttribute);
    if (v.access === 'programmatic' && compact(v.attributes).length === 0)
      report(
        'attributes',
        'Programmatic-only access needs at least one SAML attribute condition, as in the IAM console.',
      );
    checkCidrRows(report, 'sourceCidrs', v.sourceCidrs);
  })
  .transform(
    (v): SamlInput => ({
      ...v,
      signInRegion: v.access === 'console' ? v.signInRegion : '',
      attributes: canonicalAttributes(v.attributes),
      sourceCidrs: compact(v.sourceCidrs),
    }),
  );

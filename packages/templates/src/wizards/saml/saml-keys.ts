import { KNOWN_KEYS } from '@trustwright/core';

/** SAML attribute keys a trust policy can test, from core's key catalogue (aud has its own field). */
export const SAML_KEYS = KNOWN_KEYS.filter((k) => k.name.startsWith('saml:') && k.name !== 'saml:aud');

export function samlKey(name: string): (typeof SAML_KEYS)[number] | undefined {
  const lower = name.toLowerCase();
  return SAML_KEYS.find((k) => k.name.toLowerCase() === lower);
}

/** `saml:sub_type=persistent` → key and value; undefined without "=". */
export function splitAttribute(row: string): { key: string; value: string } | undefined {
  const eq = row.indexOf('=');
  if (eq < 0) return undefined;
  return { key: row.slice(0, eq).trim(), value: row.slice(eq + 1).trim() };
}

/** Multivalued attributes need a set operator (semantics reference §4.5, §5.3). */
export function operatorFor(key: string): 'StringEquals' | 'ForAnyValue:StringEquals' {
  return samlKey(key)?.multi === true ? 'ForAnyValue:StringEquals' : 'StringEquals';
}

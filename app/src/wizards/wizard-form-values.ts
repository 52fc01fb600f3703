import type { FieldMeta } from '@trustwright/templates';

/** What the form holds: lists as text with one entry per line, everything else as is. */
export type FormValues = Record<string, string | boolean>;

const isList = (f: FieldMeta) => f.kind === 'list' || f.kind === 'cidr-list';

/** A wizard input (defaults, or what `recognize` read back) as form values. */
export function toFormValues(fields: readonly FieldMeta[], input: unknown): FormValues {
  const source = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const values: FormValues = {};
  for (const f of fields) {
    const v = source[f.name];
    if (isList(f)) values[f.name] = Array.isArray(v) ? v.map(String).join('\n') : '';
    else if (f.kind === 'boolean') values[f.name] = v === true;
    else values[f.name] = typeof v === 'string' ? v : '';
  }
  return values;
}

/** Form values as the wizard's input: lists split into rows (blank rows kept for their row numbers). */
export function toInput(fields: readonly FieldMeta[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (isList(f))
      input[f.name] = typeof v === 'string' && v.trim() !== '' ? v.split('\n').map((row) => row.trim()) : [];
    else if (f.kind === 'boolean') input[f.name] = v === true;
    else input[f.name] = typeof v === 'string' ? v.trim() : '';
  }
  return input;
}

/**
 * A wizard's field errors by form field: "principalArns.1" becomes the principalArns field,
 * with the row named, since a list is one text box.
 */
export function errorsByField(errors: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const [field, row] = path.split('.');
    if (field === undefined || field === '' || field in out) continue;
    out[field] = row !== undefined && /^\d+$/.test(row) ? `Line ${Number(row) + 1}: ${message}` : message;
  }
  return out;
}

/** Whether a field shows for the current values (mode switches such as "account or ARNs"). */
export function isVisible(field: FieldMeta, values: FormValues): boolean {
  if (field.visibleWhen === undefined) return true;
  const current = values[field.visibleWhen.field];
  return field.visibleWhen.equals.some((v) => v === current);
}

import type * as z from 'zod';

/**
 * The first message for each field path ("principalArns.1"), as react-hook-form shows them;
 * an empty object when the values are valid. Tests and non-React callers use this.
 */
export function fieldErrors(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => String(p)).join('.');
    if (!(path in out)) out[path] = issue.message;
  }
  return out;
}

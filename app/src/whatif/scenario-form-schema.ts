import { type Finding, resolveRequest, STS_ACTIONS } from '@trustwright/core';
import { z } from 'zod';
import { CALLER_TYPES, type ScenarioFormValues, toRequest } from './scenario-form-model';

/** Where in the form a request finding belongs (paths are relative to the request). */
export function fieldOfFinding(finding: Finding, values: ScenarioFormValues): string {
  const [first, second] = finding.path;
  if (first === 'principal') return 'caller';
  if (first === 'action') return 'action';
  if (first === 'context' && typeof second === 'string') {
    const index = values.context.findIndex((r) => r.key.trim() === second);
    if (index >= 0) return finding.target === 'key' ? `context.${index}.key` : `context.${index}.value`;
  }
  return 'caller';
}

/**
 * The form's schema: shape checks by zod, meaning checks by the engine itself (so the form
 * never accepts a request the evaluator would reject, and says so at the field).
 */
export function scenarioFormSchema(otherNames: readonly string[]) {
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, 'Give the scenario a name.')
        .refine((n) => !otherNames.includes(n), 'Another scenario already has this name.'),
      callerType: z.enum(CALLER_TYPES),
      caller: z.string().trim().min(1, 'Say who calls: an ARN, a service or a provider.'),
      action: z.string().refine((a) => (STS_ACTIONS as readonly string[]).includes(a), 'Pick an STS action.'),
      context: z.array(z.object({ key: z.string(), value: z.string(), list: z.boolean() })),
      expect: z.enum(['', 'allow', 'explicit-deny', 'implicit-deny']),
    })
    .superRefine((values, ctx) => {
      const keys = new Map<string, number>();
      const duplicateRows = new Set<number>();
      values.context.forEach((row, i) => {
        const key = row.key.trim().toLowerCase();
        if (key === '') {
          if (row.value.trim() !== '')
            ctx.addIssue({ code: 'custom', path: ['context', i, 'key'], message: 'Name the condition key.' });
          return;
        }
        if (keys.has(key)) {
          duplicateRows.add(i);
          ctx.addIssue({
            code: 'custom',
            path: ['context', i, 'key'],
            message: 'This key is already set above (keys are case-insensitive).',
          });
        }
        keys.set(key, i);
      });
      for (const finding of resolveRequest(toRequest(values), { now: 0 }).findings) {
        if (finding.severity !== 'error') continue;
        const path = fieldOfFinding(finding, values).split('.');
        // A repeated key is already reported at its key field, in the form's own words.
        if (path[0] === 'context' && duplicateRows.has(Number(path[1]))) continue;
        ctx.addIssue({ code: 'custom', path, message: finding.message });
      }
    });
}

/**
 * The proof every wizard must pass, shared by the table-driven fixtures and the property tests:
 * the policy lints without errors, the trust file it makes is valid, every starter scenario
 * gets its expected verdict from core's evaluator, and the policy reads back to the input.
 */
import { evaluate, lint, parseTrustFile, runScenarios } from '@trustwright/core';
import { describe, expect, it } from 'vitest';
import { policyOf } from '../src/policy/build-helpers.js';
import type { Wizard } from '../src/types/wizard.js';
import { fieldErrors } from '../src/wizard/field-errors.js';

export interface WizardFixtures {
  readonly valid: readonly { readonly name: string; readonly input: unknown }[];
  readonly invalid: readonly {
    readonly name: string;
    readonly input: unknown;
    readonly errors: Readonly<Record<string, string>>;
  }[];
  readonly handEdits: readonly {
    readonly name: string;
    readonly policy: unknown;
    readonly expect:
      | { readonly ok: true; readonly input: unknown }
      | { readonly ok: false; readonly statementIndex?: number; readonly reasonIncludes: string };
  }[];
}

/** A fixed clock for lint's date rules, so results never depend on the day tests run. */
const NOW = Date.UTC(2026, 10, 1);

/** Every object's keys in reverse order, arrays untouched: a hand edit that changes nothing. */
export function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  return value;
}

/** Throws (with the failing scenario) unless the valid input passes the whole proof. */
export function proveInput<I>(wizard: Wizard<I>, raw: unknown): I {
  const parsed = wizard.schema.safeParse(raw);
  if (!parsed.success) throw new Error(`input rejected: ${JSON.stringify(fieldErrors(wizard.schema, raw))}`);
  const input = parsed.data;
  const output = wizard.build(input);
  const policy = policyOf(output.statements);

  const errors = lint({ policy }, { now: NOW }).filter((f) => f.severity === 'error');
  expect(errors.map((f) => `${f.code}: ${f.message}`)).toEqual([]);

  expect(output.scenarios.length).toBeGreaterThanOrEqual(2);
  expect(output.scenarios.some((s) => s.expect === 'allow')).toBe(true);
  expect(output.scenarios.some((s) => s.expect !== 'allow')).toBe(true);

  const trust = parseTrustFile(JSON.parse(JSON.stringify({ policy, scenarios: output.scenarios })));
  expect(trust.findings.map((f) => `${f.code}: ${f.message}`)).toEqual([]);
  if (trust.file === undefined) throw new Error('trust file not read');
  const failures = runScenarios(trust.file, { now: NOW })
    .filter((r) => !r.pass)
    .map((r) => `${r.scenario.name}: expected ${r.scenario.expect}, got ${r.decision}`);
  expect(failures).toEqual([]);
  // The plain evaluate API agrees with the trust-file path, and requests raise no findings.
  for (const s of output.scenarios) {
    const evaluation = evaluate({ policy }, s.request, { now: NOW });
    expect(evaluation.decision, s.name).toBe(s.expect);
    expect(
      evaluation.request.findings.map((f) => f.message),
      s.name,
    ).toEqual([]);
  }

  // A policy with a time window gets scenarios that say when they happen.
  if (JSON.stringify(output.statements).toLowerCase().includes('"aws:currenttime"')) {
    for (const s of output.scenarios)
      expect(Object.keys(s.request.context ?? {}), s.name).toContain('aws:CurrentTime');
  }

  const names = output.scenarios.map((s) => s.name);
  expect(new Set(names).size).toBe(names.length);

  expect(wizard.recognize(policy, input)).toEqual({ ok: true, input });
  expect(wizard.recognize(JSON.stringify(reverseKeys(policy), null, 2), input)).toEqual({ ok: true, input });
  const withoutCompanion = { ...input };
  for (const f of wizard.companionFields) withoutCompanion[f] = wizard.defaults[f];
  expect(wizard.recognize(policy)).toEqual({ ok: true, input: withoutCompanion });
  return input;
}

/** The table-driven part of every wizard's tests. */
export function describeWizardFixtures<I>(wizard: Wizard<I>, fixtures: WizardFixtures): void {
  describe(`${wizard.id}: valid inputs`, () => {
    it('the example is valid and proven', () => {
      proveInput(wizard, wizard.example);
    });
    it.each(fixtures.valid)('$name', ({ input }) => {
      proveInput(wizard, input);
    });
  });

  describe(`${wizard.id}: invalid inputs give field errors`, () => {
    it.each(fixtures.invalid)('$name', ({ input, errors }) => {
      expect(fieldErrors(wizard.schema, input)).toEqual(errors);
    });
  });

  describe(`${wizard.id}: hand edits`, () => {
    it.each(fixtures.handEdits)('$name', ({ policy, expect: expected }) => {
      const result = wizard.recognize(policy, wizard.example);
      if (expected.ok) {
        expect(result).toEqual({ ok: true, input: expected.input });
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toContain(expected.reasonIncludes);
      expect(result.statementIndex).toBe(expected.statementIndex);
    });
  });

  describe(`${wizard.id}: metadata`, () => {
    it('has a field for every input property and a valid default shape', () => {
      const names = wizard.fields.map((f) => f.name).sort();
      expect(names).toEqual(Object.keys(wizard.example as object).sort());
      expect(Object.keys(wizard.defaults as object).sort()).toEqual(names);
      for (const f of wizard.fields) {
        expect(f.label.length).toBeGreaterThan(0);
        expect(f.help.length).toBeGreaterThan(0);
        if (f.kind === 'select') expect(f.options?.length ?? 0).toBeGreaterThan(0);
      }
    });
  });
}

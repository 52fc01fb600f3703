import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../diagnostics/finding.js';
import type { JsonValue } from '../../json/json-node.js';
import { formatPath } from '../../json/json-path.js';
import { applyEdits } from '../edits.js';
import { lint } from '../lint.js';
import { RULES } from './index.js';

/**
 * The rule catalogue's meta-test: every rule has a folder named by its id with rule.ts, a doc
 * page (README.md) with the fixed headings and its references, and cases.json whose cases hold.
 * Cases run with every rule, so a case also proves the rule does not crash beside the others;
 * only the findings of the rule under test are compared.
 */

const RULES_DIR = import.meta.dirname;
/** Cases run at a fixed clock so date rules are deterministic; a case may set its own `now`. */
const DEFAULT_NOW = '2026-11-15T12:00:00Z';
const HEADINGS = ['## What it finds', '## Why it matters', '## How to fix', '## References'];

interface GoldenSuggestion {
  readonly title: string;
  readonly changesAccess: boolean;
  /** The policy text after applying the suggestion's edits. */
  readonly result: string;
}

interface GoldenFinding {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly suggestions?: readonly GoldenSuggestion[];
}

interface RuleCase {
  readonly name: string;
  /** The policy, linted as its compact JSON text (so suggestions have spans to edit). */
  readonly policy?: JsonValue;
  /** Or the policy text itself, for what a JSON value cannot hold (duplicate keys, layout). */
  readonly text?: string;
  readonly role?: string;
  readonly now?: string;
  readonly findings?: readonly GoldenFinding[];
}

interface RuleCases {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly RuleCase[];
}

const folders = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function policyText(c: RuleCase): string {
  if (c.text !== undefined) return c.text;
  return JSON.stringify(c.policy);
}

function run(c: RuleCase, text: string): Finding[] {
  return lint({ policy: text, role: c.role }, { now: new Date(c.now ?? DEFAULT_NOW) });
}

function golden(f: Finding, text: string): GoldenFinding {
  return {
    code: f.code,
    path: formatPath(f.path),
    message: f.message,
    ...(f.suggestions === undefined || f.suggestions.length === 0
      ? {}
      : {
          suggestions: f.suggestions.map((s) => ({
            title: s.title,
            changesAccess: s.changesAccess,
            result: applyEdits(text, s.edits),
          })),
        }),
  };
}

describe('rule catalogue', () => {
  it('has one folder per rule, named by its id, and unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(folders);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists errors first, as the catalogue order promises', () => {
    const firstNonError = RULES.findIndex((r) => r.severity !== 'error');
    expect(RULES.slice(firstNonError).every((r) => r.severity !== 'error')).toBe(true);
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const dir = join(RULES_DIR, id);

  it('has rule.ts, README.md and cases.json', () => {
    for (const file of ['rule.ts', 'README.md', 'cases.json'])
      expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('has a doc page with the fixed headings, its metadata and its references', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const lines = readme.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(readme).toContain(`Severity: **${rule.severity}** · Category: **${rule.category}**`);
    expect(readme).toContain(rule.summary);
    let last = -1;
    for (const heading of HEADINGS) {
      const at = lines.indexOf(heading);
      expect(at, heading).toBeGreaterThan(last);
      last = at;
    }
    const references = rule.docs?.references ?? [];
    expect(references.length).toBeGreaterThan(0);
    for (const ref of references) {
      expect(ref.url).toMatch(/^https:\/\//);
      expect(readme, ref.url).toContain(ref.url);
    }
  });

  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as RuleCases;

  it('has valid and invalid cases', () => {
    expect(cases.valid.length).toBeGreaterThan(0);
    expect(cases.invalid.length).toBeGreaterThan(0);
    const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  if (process.env.UPDATE_GOLDEN === '1') {
    // Regenerates the golden findings of the invalid cases; review the diff like code.
    it('updates the golden findings', () => {
      const invalid = cases.invalid.map((c) => {
        const text = policyText(c);
        const findings = run(c, text)
          .filter((f) => f.code === id)
          .map((f) => golden(f, text));
        return { ...c, findings };
      });
      writeFileSync(join(dir, 'cases.json'), `${JSON.stringify({ ...cases, invalid }, null, 2)}\n`);
    });
  }

  it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
    const findings = run(c, policyText(c));
    expect(findings.filter((f) => f.code === 'internal-rule-error')).toEqual([]);
    expect(findings.filter((f) => f.code === id).map((f) => golden(f, policyText(c)))).toEqual([]);
  });

  it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
    const text = policyText(c);
    const findings = run(c, text);
    expect(findings.filter((f) => f.code === 'internal-rule-error')).toEqual([]);
    const own = findings.filter((f) => f.code === id);
    expect(own.map((f) => golden(f, text))).toEqual(c.findings ?? []);
    for (const f of own) {
      expect(f.severity).toBe(rule.severity);
      expect(f.category).toBe(rule.category);
      expect(f.span, 'every finding on a text policy has a span').toBeDefined();
      for (const s of f.suggestions ?? []) {
        // Applying the fix removes this finding and leaves text that still parses.
        const fixed = applyEdits(text, s.edits);
        const after = run(c, fixed);
        expect(after.filter((g) => g.code === 'json-syntax')).toEqual([]);
        expect(
          after.some(
            (g) => g.code === id && formatPath(g.path) === formatPath(f.path) && g.message === f.message,
          ),
        ).toBe(false);
      }
    }
  });
});

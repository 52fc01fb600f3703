import { RULES, type Rule, type Severity } from '@trustwright/core';
import type { LocatedFinding } from '../read-input.js';

/** The subset of SARIF 2.1.0 that trustwright writes. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [SarifRun];
}

export interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: 'trustwright';
      readonly rules: readonly SarifRule[];
    };
  };
  readonly results: readonly SarifResult[];
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly defaultConfiguration: { readonly level: SarifLevel };
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations: readonly [
    {
      readonly physicalLocation: {
        readonly artifactLocation: { readonly uri: string };
        readonly region: {
          readonly startLine: number;
          readonly startColumn: number;
          readonly endLine: number;
          readonly endColumn: number;
        };
      };
    },
  ];
}

const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * One run over every linted file. Findings that no lint rule produces (trust-file and request
 * problems) get a rule of their own, so every result has a ruleIndex that viewers can resolve.
 */
export function toSarif(findings: readonly LocatedFinding[], rules: readonly Rule[] = RULES): SarifLog {
  const sarifRules: SarifRule[] = rules.map((r) => sarifRule(r.id, r.summary, r.severity));
  const indexOf = new Map(sarifRules.map((r, i) => [r.id, i]));
  const results = findings.map((f): SarifResult => {
    let ruleIndex = indexOf.get(f.code);
    if (ruleIndex === undefined) {
      ruleIndex = sarifRules.push(sarifRule(f.code, f.code, f.severity)) - 1;
      indexOf.set(f.code, ruleIndex);
    }
    return {
      ruleId: f.code,
      ruleIndex,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(f.file) },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'trustwright', rules: sarifRules } }, results }],
  };
}

function sarifRule(id: string, text: string, severity: Severity): SarifRule {
  return { id, shortDescription: { text }, defaultConfiguration: { level: LEVEL[severity] } };
}

/**
 * SARIF wants URI references, not paths: relative paths stay relative (code scanning resolves
 * them against the checkout), absolute ones become file URIs, and both are percent-encoded.
 */
export function toUri(path: string): string {
  const slashed = path.replaceAll('\\', '/');
  const drive = /^[A-Za-z]:\//.exec(slashed)?.[0] ?? '';
  const encoded = slashed.slice(drive.length).split('/').map(encodeURIComponent).join('/');
  if (drive !== '') return `file:///${drive}${encoded}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

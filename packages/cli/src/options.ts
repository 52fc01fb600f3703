import { DECISIONS, type Decision } from '@trustwright/core';
import { UsageError } from './io.js';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Only lint findings have a place in a file, which SARIF and GitHub annotations need. */
const FORMATS_FOR_LOCATED_FINDINGS: readonly OutputFormat[] = ['sarif', 'github'];
const COMMANDS_WITH_LOCATED_FINDINGS: readonly string[] = ['lint', 'scan'];

/** `--json` is kept as the contract's spelling of `--format json`; the two must not disagree. */
export function parseFormat(command: string, format: string | undefined, json: boolean): OutputFormat {
  if (format === undefined) return json ? 'json' : 'text';
  const chosen = OUTPUT_FORMATS.find((f) => f === format);
  if (chosen === undefined)
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${format}")`);
  if (json && chosen !== 'json') throw new UsageError(`--json contradicts --format ${chosen}`);
  if (!COMMANDS_WITH_LOCATED_FINDINGS.includes(command) && FORMATS_FOR_LOCATED_FINDINGS.includes(chosen))
    throw new UsageError(`--format ${chosen} applies to lint and scan only; ${command} takes text or json`);
  return chosen;
}

export function parseNow(text: string): number {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Date.parse alone would accept zone-less times and read them in the machine's local zone.
  const ms = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text)
    ? Date.parse(text)
    : Number.NaN;
  if (Number.isNaN(ms))
    throw new UsageError(
      `--now: "${text}" is not an ISO 8601 time with a zone (2026-09-01T12:00:00Z) or epoch seconds`,
    );
  return ms;
}

export function parseExpect(text: string | undefined): Decision | undefined {
  if (text === undefined) return undefined;
  const decision = DECISIONS.find((d) => d === text);
  if (decision === undefined) throw new UsageError(`--expect must be ${DECISIONS.join(', ')}`);
  return decision;
}

/** `--parameter AWS::AccountId=111122223333`, repeatable. */
export function parseParameters(values: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new UsageError(`--parameter takes NAME=VALUE (got "${v}")`);
    Object.defineProperty(out, v.slice(0, eq), {
      value: v.slice(eq + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

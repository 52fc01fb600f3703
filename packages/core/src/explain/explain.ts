import { hasErrors } from '../diagnostics/finding.js';
import type { Evaluation, Outcome, StatementTrace } from '../evaluate/trace.js';
import type { JsonPath } from '../json/json-path.js';
import { statementLabel } from '../model/policy.js';
import { describeCaller } from '../principal/caller.js';
import { clauseFix, list } from './describe.js';
import { conditionLine } from './explain-condition.js';
import { actionLine, principalFix, principalLine } from './explain-parts.js';
import { requirementLine } from './explain-requirement.js';

export type ExplanationKind =
  | 'verdict'
  | 'statement'
  | 'principal'
  | 'action'
  | 'condition'
  | 'change'
  | 'requirement'
  | 'request-value'
  | 'problem';

/** One sentence of an explanation, pointing at its place in the policy or the request. */
export interface ExplanationLine {
  readonly kind: ExplanationKind;
  readonly text: string;
  /** Where the line points; `source` says whether into the policy or the request. */
  readonly path: JsonPath | undefined;
  readonly source: 'policy' | 'request';
  /** 0 for the verdict and section lines, 1 inside a statement. */
  readonly depth: number;
  /** For statement parts: whether that part matched. */
  readonly outcome?: Outcome;
  /** Index of the statement the line belongs to. */
  readonly statement?: number;
}

const line = (
  kind: ExplanationKind,
  text: string,
  path: JsonPath | undefined,
  extra: Partial<Pick<ExplanationLine, 'source' | 'depth' | 'outcome' | 'statement'>> = {},
): ExplanationLine => ({ kind, text, path, source: 'policy', depth: 0, ...extra });

/** Renders an evaluation's trace as short English lines, each with the JSON path it is about. */
export function explain(evaluation: Evaluation): ExplanationLine[] {
  const lines: ExplanationLine[] = [verdictLine(evaluation)];
  for (const s of evaluation.statements) lines.push(...statementLines(s, evaluation));
  lines.push(...changeLines(evaluation));
  for (const r of evaluation.requirements)
    lines.push(line('requirement', requirementLine(r, evaluation.request), undefined));
  for (const entry of evaluation.request.context) {
    if (entry.source === 'given') continue;
    const value = entry.values.length === 1 ? JSON.stringify(entry.values[0]) : JSON.stringify(entry.values);
    lines.push(
      line(
        'request-value',
        `${entry.key} = ${value} (${entry.source}: ${entry.basis ?? ''})`,
        ['context', entry.key],
        { source: 'request' },
      ),
    );
  }
  for (const f of evaluation.findings) {
    if (f.severity === 'info') continue;
    lines.push(
      line('problem', `${f.severity === 'error' ? 'Error' : 'Warning'}: ${f.message}`, f.path, {
        source: f.category === 'request' ? 'request' : 'policy',
      }),
    );
  }
  return lines;
}

function verdictLine(e: Evaluation): ExplanationLine {
  const caller = e.request.caller === undefined ? 'the caller' : describeCaller(e.request.caller);
  const action = e.request.action;
  const labels = e.decisive.map((ref) => statementLabel(ref));
  switch (e.decision) {
    case 'allow':
      return line(
        'verdict',
        `Allow: ${list(labels)} ${labels.length > 1 ? 'allow' : 'allows'} ${caller} to call ${action}.`,
        e.decisive[0]?.path,
      );
    case 'explicit-deny':
      return line(
        'verdict',
        `Explicit deny: ${list(labels)} ${labels.length > 1 ? 'deny' : 'denies'} ${caller} ${action}; a Deny overrides every Allow.`,
        e.decisive[0]?.path,
      );
    case 'implicit-deny': {
      const unreadable = e.statements.length === 0 && hasErrors(e.findings);
      return line(
        'verdict',
        unreadable
          ? `Implicit deny: the policy cannot be read, so it allows nothing (${e.findings[0]?.message ?? ''}).`
          : `Implicit deny: no statement allows ${caller} to call ${action}.`,
        undefined,
      );
    }
  }
}

function statementLines(s: StatementTrace, e: Evaluation): ExplanationLine[] {
  const label = statementLabel(s.ref);
  const at = { statement: s.ref.index };
  const header =
    s.malformed !== undefined
      ? `${label} is malformed (${s.malformed}), so it never applies; AWS would reject the policy.`
      : s.effect === undefined
        ? `${label} has no valid Effect ("Allow" or "Deny"), so it never applies.`
        : `${label} (${s.effect}) ${s.matched ? 'applies' : 'does not apply'}.`;
  const lines = [line('statement', header, s.ref.path, { ...at, outcome: s.matched ? 'match' : 'no-match' })];
  const part = (kind: ExplanationKind, text: string, path: JsonPath | undefined, outcome: Outcome): void => {
    lines.push(line(kind, text, path, { ...at, depth: 1, outcome }));
  };
  part('principal', principalLine(s, e.request), s.principal.path ?? s.ref.path, s.principal.outcome);
  part('action', actionLine(s, e.request.action), s.action.path ?? s.ref.path, s.action.outcome);
  for (const c of s.conditions) part('condition', conditionLine(c, e.request), c.path, c.outcome);
  return lines;
}

/** What would flip the verdict: the nearest Allow for a deny by default, the Deny's conditions otherwise. */
function changeLines(e: Evaluation): ExplanationLine[] {
  if (e.decision === 'implicit-deny') {
    const candidates = e.statements
      .filter((s) => s.effect === 'Allow')
      .map((s) => ({ s, fixes: fixesFor(s, e) }))
      .filter((c) => c.fixes.length > 0)
      .sort((a, b) => a.fixes.length - b.fixes.length)
      .slice(0, 3);
    return candidates.map(({ s, fixes }) =>
      line('change', `${statementLabel(s.ref)} would allow this request if ${list(fixes)}.`, s.ref.path, {
        statement: s.ref.index,
      }),
    );
  }
  if (e.decision === 'explicit-deny') {
    return e.decisive.flatMap((ref) => {
      const s = e.statements[ref.index];
      if (s === undefined) return [];
      const holding = s.conditions
        .filter((c) => c.outcome === 'match')
        .map((c) => `${c.operator} on ${c.key}`);
      const text =
        holding.length > 0
          ? `${statementLabel(ref)} would stop denying if any of its conditions failed: ${list(holding)}.`
          : `${statementLabel(ref)} has no condition; it denies every request its principal and action cover.`;
      return [line('change', text, ref.path, { statement: ref.index })];
    });
  }
  return [];
}

function fixesFor(s: StatementTrace, e: Evaluation): string[] {
  const fixes: string[] = [];
  if (s.malformed !== undefined) return [`it were well-formed (${s.malformed})`];
  if (s.principal.outcome === 'no-match') fixes.push(principalFix(s, e.request));
  if (s.action.outcome === 'no-match') {
    fixes.push(
      s.action.path === undefined
        ? 'it had an Action'
        : s.action.not
          ? `the action were not excluded by NotAction`
          : `the action were ${list(s.action.patterns)}`,
    );
  }
  for (const c of s.conditions) if (c.outcome === 'no-match') fixes.push(clauseFix(c));
  return fixes;
}

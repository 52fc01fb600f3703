import type { ExplanationLine } from './explain.js';

const MARK = { match: '+', 'no-match': '-' } as const;

/**
 * Plain text for terminals: sections in order, statement parts indented and marked
 * `+` (matched) or `-` (did not match).
 */
export function renderExplanation(lines: readonly ExplanationLine[]): string {
  const out: string[] = [];
  let section: string | undefined;
  for (const l of lines) {
    const heading = HEADINGS[l.kind];
    if (heading !== undefined && heading !== section) {
      out.push('', heading);
      section = heading;
    }
    const indent = heading === undefined ? '' : '  '.repeat(l.depth + 1);
    const mark = l.depth > 0 && l.outcome !== undefined ? `${MARK[l.outcome]} ` : '';
    out.push(`${indent}${mark}${l.text}`);
  }
  return out.join('\n');
}

const HEADINGS: Partial<Record<ExplanationLine['kind'], string>> = {
  statement: 'Statements:',
  principal: 'Statements:',
  action: 'Statements:',
  condition: 'Statements:',
  change: 'What would change the answer:',
  requirement: 'Beyond the trust policy:',
  'request-value': 'Values filled in:',
  problem: 'Problems:',
};

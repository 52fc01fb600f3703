import { STS_ACTIONS, type StsAction } from '../action/sts-actions.js';
import type { RoleArn } from '../arn/arn.js';
import { parseOperator } from '../conditions/operator-names.js';
import { clausePhrase } from '../describe/condition-words.js';
import { principalParts, principalPhrase } from '../describe/principal-words.js';
import { joinWords } from '../describe/words.js';
import { statementLabel } from '../model/policy.js';
import type { PolicyPrincipal } from '../principal/policy-principal.js';
import type { Side } from './facts.js';
import type { DiffCause, DiffDirection } from './types.js';

const ACTION_PHRASES: Record<StsAction, string> = {
  'sts:AssumeRole': 'assume the role',
  'sts:AssumeRoleWithSAML': 'assume the role',
  'sts:AssumeRoleWithWebIdentity': 'assume the role',
  'sts:TagSession': 'pass session tags',
  'sts:SetSourceIdentity': 'set a source identity',
  'sts:SetContext': 'pass trusted context',
};

/** "assume the role and pass session tags (sts:AssumeRole, sts:TagSession)". */
export function actionsPhrase(actions: readonly StsAction[]): string {
  const ordered = STS_ACTIONS.filter((a) => actions.includes(a));
  const phrases = [...new Set(ordered.map((a) => ACTION_PHRASES[a]))];
  return `${joinWords(phrases, 'and')} (${ordered.join(', ')})`;
}

export interface ChangeFacts {
  readonly direction: DiffDirection;
  readonly base: DiffCause;
  readonly head: DiffCause;
  readonly actions: readonly StsAction[];
  /** Principal values of the deciding statements that matched the class's callers, by version. */
  readonly principals: readonly PolicyPrincipal[];
  /** The deciding statement of the side whose principals were used, for NotPrincipal. */
  readonly decidingSide: 0 | 1;
  /** Fallback subject: the witness's caller. */
  readonly caller: string;
}

/**
 * One sentence for a class of changed requests: who, what they can now (or no longer) do, and
 * the condition that makes the difference, with the statements of each version that decide it.
 */
export function describeChange(
  facts: ChangeFacts,
  sides: readonly [Side, Side],
  roles: readonly [RoleArn | undefined, RoleArn | undefined],
): string {
  const role = roles[facts.decidingSide] ?? roles[0] ?? roles[1];
  const who = subject(facts, sides, role);
  const act = actionsPhrase(facts.actions);
  const label = (side: 0 | 1, index: number): string =>
    `${statementLabel(sides[side].statements[index] ?? { index, sid: undefined })} of the ${side === 0 ? 'old' : 'new'} policy`;
  const labels = (side: 0 | 1, cause: DiffCause): string =>
    cause.kind === 'not-allowed'
      ? ''
      : joinWords(
          cause.statements.map((r) => label(side, r.index)),
          'and',
        );
  const conditionsOf = (side: 0 | 1, cause: DiffCause): string[] =>
    cause.kind === 'not-allowed'
      ? []
      : cause.statements[0] === undefined
        ? []
        : clausePhrases(sides[side], cause.statements[0].index);
  const when = (phrases: readonly string[], word: string): string =>
    phrases.length === 0 ? '' : ` ${word} it ${joinWords(phrases, 'and')}`;
  const failing = (side: 0 | 1, cause: DiffCause): { phrases: string[]; where: string } => {
    if (cause.kind !== 'not-allowed') return { phrases: [], where: '' };
    const phrases: string[] = [];
    const where: string[] = [];
    for (const n of cause.near) {
      where.push(label(side, n.statement.index));
      for (const f of n.failing) {
        const statement = sides[side].statements[n.statement.index];
        const clause = statement?.conditions.find((c) => samePath(c.path, f.path));
        if (clause !== undefined)
          phrases.push(
            clausePhrase({ clause, op: parseOperator(clause.operator), key: clause.key.toLowerCase() }),
          );
      }
    }
    return { phrases: [...new Set(phrases)], where: joinWords([...new Set(where)], 'and') };
  };

  /** Every clause phrase of the near statements of a default deny. */
  const nearPhrases = (side: 0 | 1, cause: DiffCause): string[] =>
    cause.kind === 'not-allowed'
      ? cause.near.flatMap((n) => clausePhrases(sides[side], n.statement.index))
      : [];
  const { base, head } = facts;
  switch (facts.direction) {
    case 'added': {
      const condition = when(conditionsOf(1, head), 'if');
      if (base.kind === 'denied')
        return `${who} can now ${act}${condition}: ${labels(0, base)} denied it, and no Deny applies now.`;
      const missing = failing(0, base);
      if (missing.phrases.length === 0)
        return `${who} can now ${act}${condition}: no statement allowed it before.`;
      // Conditions the allowing statement adds over the old one: a replaced value, not a removal.
      const added = conditionsOf(1, head).filter((p) => !nearPhrases(0, base).includes(p));
      if (added.length > 0)
        return `${who} can now ${act}${when(added, 'if')}; before, ${missing.where} required that it ${joinWords(missing.phrases, 'and')}.`;
      return `${who} can now ${act} without the condition that it ${joinWords(missing.phrases, 'and')} (required by ${missing.where}).`;
    }
    case 'removed': {
      const condition = when(conditionsOf(0, base), 'if');
      if (head.kind === 'denied')
        return `${who} can no longer ${act}${condition}: ${labels(1, head)} now denies it${when(conditionsOf(1, head), 'when')}.`;
      const missing = failing(1, head);
      const dropped = conditionsOf(0, base).filter((p) => !nearPhrases(1, head).includes(p));
      if (missing.phrases.length > 0 && dropped.length > 0)
        return `${who} can no longer ${act}${when(dropped, 'if')}: ${missing.where} now requires that it ${joinWords(missing.phrases, 'and')}.`;
      if (missing.phrases.length === 0)
        return `${who} can no longer ${act}${condition}: ${labels(0, base)} allowed it, and no statement allows it now.`;
      return `${who} can no longer ${act} unless it ${joinWords(missing.phrases, 'and')} (now required by ${missing.where}).`;
    }
    case 'deny-changed':
      if (head.kind === 'denied')
        return `${who} is now explicitly denied: ${labels(1, head)} denies it to ${act}${when(conditionsOf(1, head), 'when')}; before, no statement allowed it either.`;
      return `${who} is no longer explicitly denied by ${labels(0, base)} to ${act}; no statement allows it, so it is still denied by default.`;
  }
}

function subject(facts: ChangeFacts, sides: readonly [Side, Side], role: RoleArn | undefined): string {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const e of facts.principals) {
    const id = `${e.key}\u0000${e.value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    phrases.push(phrases.length === 0 ? principalPhrase(e, role) : lowerFirst(principalPhrase(e, role)));
  }
  if (phrases.length > 0) return joinWords(phrases, 'or');
  // NotPrincipal matches by naming no one; describe the block as a whole.
  const cause = facts.decidingSide === 0 ? facts.base : facts.head;
  const index = cause.kind === 'not-allowed' ? undefined : cause.statements[0]?.index;
  const block = index === undefined ? undefined : sides[facts.decidingSide].statements[index]?.principal;
  if (block?.not === true)
    return principalParts(block, role)
      .map((p) => p.text)
      .join('');
  return `The caller ${facts.caller}`;
}

function clausePhrases(side: Side, index: number): string[] {
  const statement = side.statements[index];
  if (statement === undefined) return [];
  return statement.conditions.map((clause) =>
    clausePhrase({ clause, op: parseOperator(clause.operator), key: clause.key.toLowerCase() }),
  );
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function lowerFirst(text: string): string {
  return /^(Any|The|An?|Every) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

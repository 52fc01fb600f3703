import { expandActionPattern } from '../action/match-action.js';
import { canonicalAction, STS_ACTIONS, type StsAction } from '../action/sts-actions.js';
import { parseRoleArn, type RoleArn } from '../arn/arn.js';
import type { TrustInput } from '../evaluate/compile.js';
import type { JsonPath } from '../json/json-path.js';
import { normalizePolicy } from '../model/normalize.js';
import { type ActionBlock, type Effect, type Statement, statementLabel } from '../model/policy.js';
import { readPolicy } from '../model/read-policy.js';
import { conditionWords } from './condition-words.js';
import { principalParts } from './principal-words.js';
import { type DescriptionPart, joinParts, linked, type Parts, word } from './words.js';

/** One statement in plain words, with each clause linked to its place in the policy JSON. */
export interface StatementDescription {
  readonly index: number;
  readonly sid: string | undefined;
  /** Undefined when the statement's Effect is not exactly Allow or Deny (it never applies). */
  readonly effect: Effect | undefined;
  readonly path: JsonPath;
  /** The parts joined: one sentence. */
  readonly sentence: string;
  readonly parts: readonly DescriptionPart[];
}

export interface PolicyDescription {
  readonly statements: readonly StatementDescription[];
  /** Why nothing could be described (the text is not JSON, or not a policy object). */
  readonly problem?: string;
}

export interface DescribeOptions {
  /** With a clock (epoch ms or Date), time windows that have closed or not opened yet say so. */
  readonly now?: number | Date;
}

const ACTION_WORDS: Record<StsAction, string> = {
  'sts:AssumeRole': 'sts:AssumeRole',
  'sts:AssumeRoleWithSAML': 'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity': 'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession': 'pass session tags (sts:TagSession)',
  'sts:SetSourceIdentity': 'set a source identity (sts:SetSourceIdentity)',
  'sts:SetContext': 'pass trusted context (sts:SetContext)',
};
const ASSUME: ReadonlySet<string> = new Set(STS_ACTIONS.slice(0, 3));

/**
 * Reads a trust policy as sentences, one per statement: who, under which conditions, may (or may
 * not) do what. Pure and total: a policy that cannot be read gives a `problem` and no statements;
 * an unreadable statement gets a sentence saying it never applies. The words describe what the
 * policy says; `lint` says what is wrong with it and `explain` why a given request passes.
 */
export function describePolicy(input: TrustInput, options: DescribeOptions = {}): PolicyDescription {
  const source = readPolicy(input.policy);
  if (source.root === undefined || source.findings.length > 0) {
    return { statements: [], problem: source.findings[0]?.message ?? 'The policy cannot be read.' };
  }
  const parsedRole =
    typeof input.role === 'string' && input.role !== '' ? parseRoleArn(input.role) : undefined;
  const role = parsedRole === undefined || 'error' in parsedRole ? undefined : parsedRole;
  const policy = normalizePolicy(source.root);
  if (policy.statements.length === 0)
    return { statements: [], problem: 'The policy has no statements: nobody can assume the role.' };
  const now =
    options.now === undefined
      ? undefined
      : typeof options.now === 'number'
        ? options.now
        : options.now.getTime();
  return { statements: policy.statements.map((s) => describeStatement(s, role, now)) };
}

function describeStatement(
  s: Statement,
  role: RoleArn | undefined,
  now: number | undefined,
): StatementDescription {
  const parts = statementParts(s, role, now);
  return {
    index: s.index,
    sid: s.sid,
    effect: s.effect,
    path: s.path,
    sentence: parts.map((p) => p.text).join(''),
    parts,
  };
}

function statementParts(s: Statement, role: RoleArn | undefined, now: number | undefined): Parts {
  if (s.malformed !== undefined)
    return [linked(`${statementLabel(s)} cannot be read (${s.malformed}), so it never applies.`, s.path)];
  if (s.effect === undefined)
    return [
      linked(`${statementLabel(s)} has no valid Effect ("Allow" or "Deny"), so it never applies.`, s.path),
    ];
  if (s.principal === undefined || s.action === undefined) {
    const missing = s.principal === undefined ? 'no principal' : 'no action';
    return [linked(`${statementLabel(s)} names ${missing}, so it never applies.`, s.path)];
  }
  const who = principalParts(s.principal, role);
  const { phrases, times } = conditionWords(s, now);
  const out: Parts = [...who];
  if (phrases.length > 0) out.push(word(' that '), ...joinParts(phrases, 'and'));
  for (const time of times) out.push(word(' '), ...time);
  out.push(word(s.effect === 'Allow' ? ' may ' : ' may not '), ...actionParts(s.action, s.effect));
  out.push(word(s.effect === 'Allow' ? '.' : ', whatever other statements allow.'));
  return out;
}

/** "assume this role with sts:AssumeRole or sts:AssumeRoleWithSAML and pass session tags (sts:TagSession)". */
function actionParts(block: ActionBlock | undefined, effect: Effect): Parts {
  if (block === undefined) return [word('do anything (the statement names no action)')];
  if (block.patterns.length === 0) return [linked('do anything (the action list is empty)', block.path)];
  if (block.not) {
    const excluded = joinParts(
      block.patterns.map((p) => [linked(p.value, p.path)]),
      'and',
    );
    const rest = STS_ACTIONS.filter(
      (a) => !block.patterns.some((p) => expandActionPattern(p.value).includes(a)),
    );
    return [
      linked(
        effect === 'Allow'
          ? 'use every STS action on this role except '
          : 'use any STS action on this role other than ',
        block.path,
      ),
      ...excluded,
      word(rest.length === 0 ? ' (that is, none)' : ` (that is, ${rest.join(', ')})`),
    ];
  }
  const assume: Parts[] = [];
  const others: Parts[] = [];
  for (const p of block.patterns) {
    const exact = canonicalAction(p.value);
    const expanded = expandActionPattern(p.value);
    if (exact !== undefined)
      (ASSUME.has(exact) ? assume : others).push([linked(ACTION_WORDS[exact], p.path)]);
    else if (expanded.length > 0)
      others.push([linked(`use ${p.value} (that is, ${expanded.join(', ')})`, p.path)]);
    else others.push([linked(`${p.value} (not an action a trust policy can grant)`, p.path)]);
  }
  const groups: Parts[] = [];
  if (assume.length > 0) groups.push([word('assume this role with '), ...joinParts(assume, 'or')]);
  groups.push(...others);
  return joinParts(groups, 'and');
}

import type { ParsedOperator } from '../conditions/operator-names.js';
import { parseDate, parseNumber } from '../conditions/typed-values.js';
import { type Clause, clausesOf } from '../lint/statement-facts.js';
import type { Statement } from '../model/policy.js';
import { formatDay, formatRange, formatSeconds, joinWords, linked, type Parts, word } from './words.js';

/**
 * Condition clauses in plain words. Each clause becomes a verb phrase that follows "that"
 * ("signed in with MFA", "calls from 203.0.113.0/24", "has aws:PrincipalTag/team equal to ops"),
 * except the request-time window, which is an adverbial ("between 1 and 7 September 2026").
 * Well-known keys read naturally; every other key falls back to a generic phrase that names the
 * key, the comparison and the values, so nothing is ever left out.
 */
export interface ConditionWords {
  readonly phrases: Parts[];
  readonly times: Parts[];
}

const TIME_KEYS = new Set(['aws:currenttime', 'aws:epochtime']);
const CONSOLE_AUDIENCE = /^https:\/\/([a-z0-9-]+\.)?signin\.aws\.amazon\.com\/saml$/;
const WILD = /[*?]/;

const or = (values: readonly string[]): string => joinWords(values, 'or');
const and = (values: readonly string[]): string => joinWords(values, 'and');

/** The instant a time value names, or undefined (a numeric value on aws:EpochTime is in seconds). */
function instant(c: Clause, text: string): number | undefined {
  if (c.op?.base.family === 'numeric') {
    const seconds = parseNumber(text);
    return seconds === undefined ? undefined : seconds * 1000;
  }
  return parseDate(text)?.ms;
}

/** A plain time bound: no set qualifier, not negated, one readable value, an ordering operator. */
function timeBound(c: Clause): { side: 'after' | 'before'; inclusive: boolean; ms: number } | undefined {
  const op = c.op;
  if (!TIME_KEYS.has(c.key) || op === undefined || op.qualifier !== undefined || op.base.negated)
    return undefined;
  if (op.base.family !== 'date' && !(op.base.family === 'numeric' && c.key === 'aws:epochtime'))
    return undefined;
  const compare = op.base.compare;
  const [value] = c.clause.values;
  if (c.clause.values.length !== 1 || value === undefined || compare === undefined || compare === 'eq')
    return undefined;
  const ms = instant(c, value.text);
  if (ms === undefined) return undefined;
  return {
    side: compare === 'gt' || compare === 'ge' ? 'after' : 'before',
    inclusive: compare === 'ge' || compare === 'le',
    ms,
  };
}

export function conditionWords(s: Statement, now: number | undefined): ConditionWords {
  const clauses = clausesOf(s);
  const bounds = clauses.map((c) => ({ c, bound: timeBound(c) }));
  const lower = bounds.filter((b) => b.bound?.side === 'after');
  const upper = bounds.filter((b) => b.bound?.side === 'before');
  const times: Parts[] = [];
  const paired = new Set<Clause>();
  const from = lower[0];
  const to = upper[0];
  if (lower.length === 1 && upper.length === 1 && from?.bound !== undefined && to?.bound !== undefined) {
    const [a, b] = formatRange(from.bound.ms, to.bound.ms);
    times.push([
      word('between '),
      linked(a, from.c.clause.path),
      word(' and '),
      linked(b, to.c.clause.path),
      ...when(from.bound.ms, to.bound.ms, now),
    ]);
    paired.add(from.c).add(to.c);
  }
  const phrases: Parts[] = [];
  for (const { c, bound } of bounds) {
    if (paired.has(c)) continue;
    if (bound !== undefined) {
      const words =
        bound.side === 'after' ? (bound.inclusive ? 'from' : 'after') : bound.inclusive ? 'until' : 'before';
      const [start, end] = bound.side === 'after' ? [bound.ms, undefined] : [undefined, bound.ms];
      times.push([linked(`${words} ${formatDay(bound.ms)}`, c.clause.path), ...when(start, end, now)]);
      continue;
    }
    phrases.push([linked(clausePhrase(c), c.clause.path)]);
  }
  return { phrases, times };
}

/** " (a window that has closed)" or " (… not opened yet)" relative to the clock, when there is one. */
function when(start: number | undefined, end: number | undefined, now: number | undefined): Parts {
  if (now === undefined) return [];
  if (end !== undefined && end <= now) return [word(' (a window that has closed)')];
  if (start !== undefined && start > now) return [word(' (a window that has not opened yet)')];
  return [];
}

/** One clause as a verb phrase. */
export function clausePhrase(c: Clause): string {
  const op = c.op;
  if (op === undefined)
    return `meets ${c.clause.operator} on ${c.clause.key} (not an operator IAM knows, so this never holds)`;
  const values = c.clause.values.map((v) => v.text);
  if (values.length === 0) return `has ${c.clause.key} under ${c.clause.operator} with no values listed`;
  const special = knownPhrase(c, op, values);
  // The MFA phrase words IfExists itself; for the others, IfExists admits requests without the key.
  if (special !== undefined)
    return op.ifExists && c.key !== 'aws:multifactorauthpresent'
      ? `${special} (or has no ${c.clause.key})`
      : special;
  return genericPhrase(c, op, values);
}

/** How the positive form of the operator compares, with the values: "equal to a or b". */
function relation(op: ParsedOperator, values: readonly string[], key: string): string {
  const base = op.base;
  switch (base.family) {
    case 'string':
    case 'arn': {
      // ARN operators always treat * and ? as wildcards; string operators only under Like.
      const matching = base.family === 'string' ? base.wildcards : values.some((v) => WILD.test(v));
      return `${matching ? 'matching' : 'equal to'} ${or(values)}${base.ignoreCase ? ' (ignoring case)' : ''}`;
    }
    case 'numeric':
    case 'date': {
      const words =
        base.family === 'numeric'
          ? { eq: 'equal to', lt: 'below', le: 'at most', gt: 'above', ge: 'at least' }
          : { eq: 'on', lt: 'before', le: 'at or before', gt: 'after', ge: 'at or after' };
      const shown =
        base.family === 'date' || key === 'aws:epochtime'
          ? values.map((v) => {
              const ms = base.family === 'date' ? parseDate(v)?.ms : undefined;
              return ms === undefined ? v : formatDay(ms);
            })
          : values;
      return `${words[base.compare ?? 'eq']} ${or(shown)}`;
    }
    case 'bool':
      return `set to ${or(values.map((v) => v.toLowerCase()))}`;
    case 'binary':
      return `equal to the base64 value ${or(values)}`;
    case 'ip':
      return `in ${or(values)}`;
    case 'null':
      return '';
  }
}

function genericPhrase(c: Clause, op: ParsedOperator, values: readonly string[]): string {
  const key = c.clause.key;
  if (op.base.name === 'Null') {
    const absent = values.some((v) => v.toLowerCase() === 'true');
    const present = values.some((v) => v.toLowerCase() === 'false');
    if (op.qualifier !== undefined)
      return `meets ${c.clause.operator} on ${key} (always ${op.qualifier === 'ForAllValues'})`;
    return absent && present ? `has or has not ${key}` : absent ? `has no ${key}` : `has ${key}`;
  }
  const rel = relation(op, values, c.key);
  let phrase: string;
  if (op.qualifier === 'ForAnyValue')
    phrase = op.base.negated
      ? `has at least one ${key} value not ${rel}`
      : `has at least one ${key} value ${rel}`;
  else if (op.qualifier === 'ForAllValues')
    phrase = op.base.negated
      ? `has no ${key} value ${rel}`
      : `has only ${key} values ${rel} (or none at all)`;
  else phrase = op.base.negated ? `does not have ${key} ${rel}` : `has ${key} ${rel}`;
  return op.ifExists ? `${phrase} (or has no ${key})` : phrase;
}

/** Natural phrases for well-known keys; undefined sends the clause to the generic phrase. */
function knownPhrase(c: Clause, op: ParsedOperator, values: readonly string[]): string | undefined {
  const name = op.base.name;
  const plain = op.qualifier === undefined;
  const equals = plain && (name === 'StringEquals' || name === 'ArnEquals' || name === 'ArnLike');
  const like = plain && (name === 'StringLike' || name === 'ArnLike');
  const wild = values.some((v) => WILD.test(v));
  const key = c.key;
  if (key === 'aws:multifactorauthpresent' && plain) {
    if (name === 'Bool' && values.length === 1) {
      const on = values[0]?.toLowerCase() === 'true';
      return `signed in ${on ? 'with' : 'without'} MFA${op.ifExists ? ' (or sends no MFA information)' : ''}`;
    }
    if (name === 'Null')
      return values[0]?.toLowerCase() === 'true'
        ? 'has no MFA information'
        : 'carries MFA information (with or without MFA)';
    return undefined;
  }
  if (key === 'aws:multifactorauthage' && plain && values.length === 1) {
    const seconds = parseNumber(values[0] ?? '');
    if (seconds === undefined) return undefined;
    const words: Record<string, string> = {
      NumericLessThan: 'less than',
      NumericLessThanEquals: 'at most',
      NumericGreaterThan: 'more than',
      NumericGreaterThanEquals: 'at least',
    };
    if (words[name] !== undefined) return `signed in with MFA ${words[name]} ${formatSeconds(seconds)} ago`;
    return undefined;
  }
  if (key === 'aws:sourceip' && plain) {
    if (name === 'IpAddress') return `calls from ${or(values)}`;
    if (name === 'NotIpAddress') return `calls from outside ${and(values)}`;
    return undefined;
  }
  if (key === 'aws:securetransport' && plain && name === 'Bool')
    return values[0]?.toLowerCase() === 'true' ? 'calls over TLS' : 'calls without TLS';
  if (key === 'aws:principalorgid' && plain) {
    if (name === 'StringEquals') return `belongs to the AWS organization ${or(values)}`;
    if (name === 'StringNotEquals') return `does not belong to the AWS organization ${or(values)}`;
    return undefined;
  }
  if (key === 'aws:principalorgpaths' && op.qualifier === 'ForAnyValue' && !op.base.negated)
    return `belongs to the organization path ${or(values)}`;
  if (key === 'aws:principalaccount' && plain) {
    if (name === 'StringEquals') return `is in account ${or(values)}`;
    if (name === 'StringNotEquals') return `is not in account ${or(values)}`;
    return undefined;
  }
  if (key === 'aws:principalarn') {
    if (equals || like) return wild ? `has an ARN matching ${or(values)}` : `is ${or(values)}`;
    if (plain && op.base.negated && op.base.family === 'arn')
      return wild ? `has an ARN not matching ${or(values)}` : `is not ${or(values)}`;
    return undefined;
  }
  if (key === 'aws:sourcearn' && (equals || like))
    return wild ? `acts for a resource matching ${or(values)}` : `acts for ${or(values)}`;
  if (key === 'aws:sourceaccount' && plain && name === 'StringEquals')
    return `acts for a resource of account ${or(values)}`;
  if (key === 'sts:externalid' && plain && name === 'StringEquals')
    return `passes the external ID ${or(values)}`;
  if (key === 'sts:rolesessionname' && (equals || like))
    return wild && like ? `names its session to match ${or(values)}` : `names its session ${or(values)}`;
  if (key === 'sts:sourceidentity' && (equals || like))
    return wild && like
      ? `sets a source identity matching ${or(values)}`
      : `sets the source identity ${or(values)}`;
  if (key.startsWith('aws:principaltag/') && (equals || like))
    return `is tagged ${c.clause.key.slice(17)}=${or(values)}${wild && like ? ' (a pattern)' : ''}`;
  if (key.startsWith('aws:requesttag/') && (equals || like))
    return `passes the session tag ${c.clause.key.slice(15)}=${or(values)}${wild && like ? ' (a pattern)' : ''}`;
  if (key === 'aws:tagkeys' && !op.base.negated) {
    if (op.qualifier === 'ForAllValues')
      return `passes only the session tag keys ${and(values)} (or no tags)`;
    if (op.qualifier === 'ForAnyValue') return `passes the session tag key ${or(values)}`;
    return undefined;
  }
  if (key === 'saml:aud' && plain && name === 'StringEquals')
    return values.every((v) => CONSOLE_AUDIENCE.test(v))
      ? `signs in to the AWS Management Console (SAML audience ${or(values)})`
      : `presents a SAML assertion for ${or(values)}`;
  if (key === 'saml:iss' && plain && name === 'StringEquals')
    return `presents a SAML assertion issued by ${or(values)}`;
  if (key === 'saml:sub' && (equals || like))
    return wild && like ? `has a SAML subject matching ${or(values)}` : `is the SAML subject ${or(values)}`;
  if (key.startsWith('saml:') && op.qualifier === 'ForAnyValue' && !op.base.negated)
    return `has the SAML attribute ${c.clause.key.slice(5)} ${or(values)}`;
  return claimPhrase(c, op, values);
}

/** OIDC claims: audience, subject (GitHub and EKS subjects read as words), Cognito. */
function claimPhrase(c: Clause, op: ParsedOperator, values: readonly string[]): string | undefined {
  const colon = c.key.lastIndexOf(':');
  if (colon <= 0 || !c.key.slice(0, colon).includes('.')) return undefined;
  const issuer = c.key.slice(0, colon);
  const claim = c.key.slice(colon + 1);
  const positive = !op.base.negated && op.base.family === 'string';
  if (!positive || op.qualifier === 'ForAllValues') return undefined;
  const like = op.base.wildcards;
  if (issuer === 'cognito-identity.amazonaws.com') {
    if (claim === 'aud') return `comes from the identity pool ${or(values)}`;
    if (claim === 'amr' && values.length === 1 && values[0] === 'authenticated')
      return 'is an authenticated identity';
    if (claim === 'amr' && values.length === 1 && values[0] === 'unauthenticated')
      return 'is a guest (unauthenticated) identity';
    return undefined;
  }
  if (op.qualifier !== undefined) return undefined;
  if (claim === 'aud' || claim === 'oaud') return `presents a token for the audience ${or(values)}`;
  if (claim === 'app_id') return `signed in to the app ${or(values)}`;
  if (claim !== 'sub') return undefined;
  const words = values.map((v) => subjectWords(issuer, v, like));
  if (words.every((w) => w === undefined))
    return like && values.some((v) => WILD.test(v))
      ? `has a token subject matching ${or(values)}`
      : `has the token subject ${or(values)}`;
  // Subjects read as words where their format is known; the others are shown as written.
  const shown = values.map(
    (v, i) =>
      words[i] ??
      (like && WILD.test(v) ? `with a token subject matching ${v}` : `with the token subject ${v}`),
  );
  return `runs ${or(shown)}`;
}

/** `repo:O/R:environment:E` → "in the E environment of O/R"; EKS service accounts likewise. */
function subjectWords(issuer: string, value: string, like: boolean): string | undefined {
  const isPattern = (text: string): boolean => like && WILD.test(text);
  if (
    issuer.startsWith('token.actions.githubusercontent.com') ||
    /^token\.actions\.[a-z0-9-]+\.ghe\.com$/.test(issuer)
  ) {
    const whole = /^repo:([^:]*[*?][^:]*)$/.exec(value)?.[1];
    if (whole !== undefined && like) return `in any workflow of repositories matching ${whole}`;
    const m = /^repo:([^:]+):(.+)$/.exec(value);
    if (m === null) return undefined;
    const [, owned = '', rest = ''] = m;
    const repo = isPattern(owned) ? `repositories matching ${owned}` : owned;
    if (like && rest === '*') return `in any workflow of ${repo}`;
    if (rest === 'pull_request') return `for a pull request in ${repo}`;
    const env = /^environment:(.+)$/.exec(rest)?.[1];
    if (env !== undefined)
      return isPattern(env)
        ? `in environments matching ${env} of ${repo}`
        : `in the ${env} environment of ${repo}`;
    const branch = /^ref:refs\/heads\/(.+)$/.exec(rest)?.[1];
    if (branch !== undefined)
      return isPattern(branch)
        ? `on branches matching ${branch} of ${repo}`
        : `on the ${branch} branch of ${repo}`;
    const tag = /^ref:refs\/tags\/(.+)$/.exec(rest)?.[1];
    if (tag !== undefined)
      return isPattern(tag) ? `for tags matching ${tag} of ${repo}` : `for tag ${tag} of ${repo}`;
    return undefined;
  }
  if (/^oidc\.eks\./.test(issuer)) {
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(value);
    if (m === null) return undefined;
    const [, namespace = '', account = ''] = m;
    const who =
      like && account === '*'
        ? 'any service account'
        : isPattern(account)
          ? `service accounts matching ${account}`
          : `the service account ${account}`;
    return `as ${who} in ${isPattern(namespace) ? `namespaces matching ${namespace}` : `namespace ${namespace}`}`;
  }
  return undefined;
}

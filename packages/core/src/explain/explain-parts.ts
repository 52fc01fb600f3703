import type { PrincipalEntryTrace, StatementTrace } from '../evaluate/trace.js';
import type { Caller } from '../principal/caller.js';
import { describeCaller } from '../principal/caller.js';
import type { PrincipalMismatchReason } from '../principal/match-principal.js';
import type { ResolvedRequest } from '../request/resolve-request.js';
import { list } from './describe.js';

function matchedText(entry: PrincipalEntryTrace & { matched: true }, caller: Caller): string {
  const who = describeCaller(caller);
  switch (entry.reason) {
    case 'any-aws-principal':
      return `Principal matches: "${entry.value}" trusts every AWS principal, including ${who}.`;
    case 'account':
      return `Principal matches: ${entry.value} trusts the whole account${caller.type === 'AWS' ? ` ${caller.account}` : ''}, which includes ${who}.`;
    case 'user':
    case 'session':
    case 'federated-user':
      return `Principal matches: ${entry.value} is the caller.`;
    case 'role-session':
      return `Principal matches: ${entry.value} is the role of the calling session ${who}.`;
    case 'unique-id':
      return `Principal matches: unique ID ${entry.value} is the caller's (from aws:userid).`;
    case 'service':
      return `Principal matches: the service ${entry.value} is the caller.`;
    case 'provider':
      return `Principal matches: the identity provider ${entry.value} is the caller.`;
  }
}

const MISMATCH: Record<PrincipalMismatchReason, string> = {
  'caller-type-differs': 'names another type of principal',
  'partition-differs': 'is in another partition',
  'account-differs': 'is another account',
  'caller-kind-differs': 'names another kind of identity',
  'name-differs': 'names someone else',
  'session-differs': 'names another session of the role',
  'unique-id-unknown': 'is a unique ID, and the request gives no aws:userid to compare',
  'unique-id-differs': 'is another unique ID',
  'service-differs': 'is another service',
  'provider-differs': 'is another identity provider',
  'canonical-user': 'is a CanonicalUser, which never matches',
  'invalid-principal': 'is not a valid principal',
};

export function principalLine(s: StatementTrace, request: ResolvedRequest): string {
  const p = s.principal;
  const caller = request.caller;
  if (p.path === undefined) return 'No Principal or NotPrincipal: the statement applies to no one.';
  if (caller === undefined) return "Principal not compared: the request's principal is missing or invalid.";
  const matched = p.entries.find((e): e is PrincipalEntryTrace & { matched: true } => e.matched);
  if (p.not) {
    return matched === undefined
      ? `NotPrincipal matches: ${describeCaller(caller)} is none of the principals it excludes.`
      : `NotPrincipal excludes the caller: ${matched.value} matches ${describeCaller(caller)}.`;
  }
  if (matched !== undefined) return matchedText(matched, caller);
  if (p.entries.length === 0) return 'Principal does not match: it names no usable principal.';
  const reasons = p.entries.map((e) => `${e.value} ${e.matched ? 'matches' : MISMATCH[e.reason]}`);
  return `Principal does not match ${describeCaller(caller)}: ${list(reasons)}.`;
}

/** The phrase after "would allow this request if" for a principal that did not match. */
export function principalFix(s: StatementTrace, request: ResolvedRequest): string {
  const p = s.principal;
  if (p.path === undefined) return 'it had a Principal';
  if (request.caller === undefined) return 'the request named a valid principal';
  if (p.not) return 'the caller were not excluded by NotPrincipal';
  const usable = p.entries
    .filter((e) => e.reason !== 'invalid-principal' && e.reason !== 'canonical-user')
    .map((e) => e.value);
  if (usable.length === 0) return 'the statement named a valid principal';
  return usable.length === 1 ? `the caller were ${usable[0]}` : `the caller were one of ${list(usable)}`;
}

export function actionLine(s: StatementTrace, action: string): string {
  const a = s.action;
  if (a.path === undefined) return 'No Action or NotAction: the statement covers no action.';
  if (a.not) {
    return a.pattern === undefined
      ? `NotAction matches: ${action} is not among the excluded actions (${list(a.patterns)}).`
      : `NotAction excludes ${action} ("${a.pattern.value}").`;
  }
  return a.pattern === undefined
    ? `Action does not match: ${action} is not ${list(a.patterns.map((p) => `"${p}"`))}.`
    : a.pattern.value.toLowerCase() === action.toLowerCase()
      ? `Action matches: ${action}.`
      : `Action matches: ${action} matches "${a.pattern.value}".`;
}

import { compileActionPattern, matchAction } from '../action/match-action.js';
import { type CompiledClause, compileClause } from '../conditions/compile-clause.js';
import type { Statement } from '../model/policy.js';
import { matchPrincipal, type PrincipalFacts } from '../principal/match-principal.js';
import type { ResolvedRequest } from '../request/resolve-request.js';
import type {
  ActionTrace,
  PrincipalEntryTrace,
  PrincipalTrace,
  StatementRef,
  StatementTrace,
} from './trace.js';

export type CompiledStatement = (request: ResolvedRequest, facts: PrincipalFacts) => StatementTrace;

const NO_PRINCIPAL: PrincipalTrace = { outcome: 'no-match', not: false, path: undefined, entries: [] };
const NO_ACTION: ActionTrace = {
  outcome: 'no-match',
  not: false,
  path: undefined,
  pattern: undefined,
  patterns: [],
};

/**
 * A statement applies when its principal, its action and every condition clause match.
 * Everything is evaluated even after a part fails: the "why not" view needs each failure.
 */
export function compileStatement(statement: Statement, variablesEnabled: boolean): CompiledStatement {
  const ref: StatementRef = { index: statement.index, sid: statement.sid, path: statement.path };
  const principal = statement.principal;
  const action = statement.action;
  const patterns = (action?.patterns ?? []).map((p) => ({ ...p, glob: compileActionPattern(p.value) }));
  const patternTexts = patterns.map((p) => p.value);
  const clauses: CompiledClause[] = statement.conditions.map((c) => compileClause(c, variablesEnabled));

  return (request, facts) => {
    let principalTrace = NO_PRINCIPAL;
    if (principal !== undefined) {
      const caller = request.caller;
      const entries: PrincipalEntryTrace[] =
        caller === undefined
          ? []
          : principal.entries.map((entry): PrincipalEntryTrace => {
              const result = matchPrincipal(entry, caller, facts);
              // Literal per branch keeps one object shape (spreads make slow dictionary objects).
              return result.matched
                ? { path: entry.path, value: entry.value, matched: true, reason: result.reason }
                : { path: entry.path, value: entry.value, matched: false, reason: result.reason };
            });
      const any = entries.some((e) => e.matched);
      const outcome = caller !== undefined && any !== principal.not ? 'match' : 'no-match';
      principalTrace = { outcome, not: principal.not, path: principal.path, entries };
    }

    let actionTrace = NO_ACTION;
    if (action !== undefined) {
      const hit = patterns.find((p) => matchAction(p.glob, request.action));
      const outcome = (hit !== undefined) !== action.not ? 'match' : 'no-match';
      actionTrace = {
        outcome,
        not: action.not,
        path: action.path,
        pattern: hit === undefined ? undefined : { value: hit.value, path: hit.path },
        patterns: patternTexts,
      };
    }

    const conditions = clauses.map((clause) => clause(request.byKey));
    const matched =
      statement.effect !== undefined &&
      statement.malformed === undefined &&
      principalTrace.outcome === 'match' &&
      actionTrace.outcome === 'match' &&
      conditions.every((c) => c.outcome === 'match');
    return {
      ref,
      effect: statement.effect,
      malformed: statement.malformed,
      matched,
      principal: principalTrace,
      action: actionTrace,
      conditions,
    };
  };
}

import { isAccountId, parseArn } from '../arn/arn.js';
import type { CompiledPolicy } from '../evaluate/compile.js';
import type { JsonPath } from '../json/json-path.js';
import type { Statement } from '../model/policy.js';
import type { PolicyPrincipal } from '../principal/policy-principal.js';
import { CALLER_KEYS } from './callers.js';
import { type ClauseSource, isDynamic } from './values.js';

/** One version being compared. */
export interface Side {
  readonly compiled: CompiledPolicy;
  readonly statements: readonly Statement[];
}

/** A condition clause of either version, numbered across both. */
export interface ClauseInfo extends ClauseSource {
  readonly id: number;
  readonly side: 0 | 1;
  readonly statement: number;
  /** Index in the statement's clauses (and in its trace's `conditions`). */
  readonly index: number;
  readonly key: string;
  readonly path: JsonPath;
  /** On a key that follows from the caller (never varied on its own). */
  readonly callerKey: boolean;
  readonly dynamic: boolean;
}

export interface Facts {
  readonly sides: readonly [Side, Side];
  readonly clauses: readonly ClauseInfo[];
  /** Clause ids of each statement, per side. */
  readonly byStatement: readonly [readonly (readonly number[])[], readonly (readonly number[])[]];
  readonly entries: readonly PolicyPrincipal[];
  readonly accounts: readonly string[];
}

/** aws:EpochTime follows aws:CurrentTime (one given fixes the other), so they are one key to vary. */
export function dimensionKey(keyLower: string): string {
  return keyLower === 'aws:epochtime' ? 'aws:currenttime' : keyLower;
}

export function collectFacts(sides: readonly [Side, Side]): Facts {
  const clauses: ClauseInfo[] = [];
  const byStatement: [number[][], number[][]] = [[], []];
  const entries: PolicyPrincipal[] = [];
  const accounts: string[] = [];
  const addAccount = (a: string | undefined): void => {
    if (a !== undefined && isAccountId(a) && !accounts.includes(a)) accounts.push(a);
  };
  for (const role of sides.map((s) => s.compiled.role)) addAccount(role?.account);
  sides.forEach((side, sideIndex) => {
    const variables = side.compiled.policy?.variablesEnabled ?? false;
    side.statements.forEach((statement, s) => {
      const ids: number[] = [];
      for (const e of statement.principal?.entries ?? []) {
        entries.push(e);
        addAccount(e.account);
      }
      statement.conditions.forEach((c, index) => {
        const keyLower = c.key.toLowerCase();
        const source: ClauseSource = {
          operator: c.operator,
          keyLower,
          values: c.values.map((v) => v.text),
          variables,
        };
        const info: ClauseInfo = {
          ...source,
          id: clauses.length,
          side: sideIndex as 0 | 1,
          statement: s,
          index,
          key: c.key,
          path: c.path,
          callerKey: CALLER_KEYS.has(keyLower),
          dynamic: isDynamic(source),
        };
        clauses.push(info);
        ids.push(info.id);
        if (info.callerKey)
          for (const v of info.values) {
            addAccount(v);
            addAccount(parseArn(v)?.account);
          }
      });
      byStatement[sideIndex]?.push(ids);
    });
  });
  return { sides, clauses, byStatement, entries, accounts };
}

/** An account no policy mentions, to stand for "any other account". */
export function otherAccount(accounts: readonly string[]): string {
  for (const candidate of ['210987654321', '999988887777', '123412341234', '555566667777'])
    if (!accounts.includes(candidate)) return candidate;
  let n = 100000000000;
  while (accounts.includes(String(n))) n++;
  return String(n);
}

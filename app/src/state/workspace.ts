import type { Decision } from '@trustwright/core';

/** A scenario as the trust file writes it, plus a local id the UI keys on (never saved). */
export interface ScenarioDraft {
  readonly id: string;
  readonly name: string;
  /** The request exactly as the trust file holds it; validated by core, never trusted. */
  readonly request: unknown;
  readonly expect?: Decision | undefined;
}

/** Everything the user is working on; what autosave keeps and a trust file carries. */
export interface Workspace {
  /** The editor's text, verbatim: invalid JSON is kept as typed. */
  readonly policyText: string;
  readonly role: string;
  readonly scenarios: readonly ScenarioDraft[];
  readonly selectedId: string | undefined;
  /** Findings the author accepted, with the reason (kept in the trust file). */
  readonly suppressions: readonly AcceptedFinding[];
}

/** A suppression as the trust file writes it: the rule, where (a policy path), and why. */
export interface AcceptedFinding {
  readonly code: string;
  readonly path?: string;
  readonly reason: string;
}

export const EMPTY_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "sts:AssumeRole"
    }
  ]
}`;

export const INITIAL_WORKSPACE: Workspace = {
  policyText: EMPTY_POLICY,
  role: '',
  scenarios: [],
  selectedId: undefined,
  suppressions: [],
};

let counter = 0;
/** Ids only need to be unique within a page; no crypto or clock needed. */
export function newScenarioId(): string {
  counter += 1;
  return `s${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The contract's scenario shape, for trust files and share links. */
export function toContractScenario(s: ScenarioDraft): { name: string; request: unknown; expect?: Decision } {
  return s.expect === undefined
    ? { name: s.name, request: s.request }
    : { name: s.name, request: s.request, expect: s.expect };
}

/** A name not yet used in the list: "copy of X", "copy of X (2)", ... */
export function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!taken.includes(candidate)) return candidate;
  }
}

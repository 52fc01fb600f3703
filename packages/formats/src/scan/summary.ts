import type { Severity } from '@trustwright/core';
import type { ImportProblem } from '../model/types.js';
import type { RoleScanResult } from './scan.js';

export interface RuleCount {
  readonly code: string;
  readonly severity: Severity;
  readonly findings: number;
  /** Roles with at least one such finding. */
  readonly roles: number;
}

/** The scan in numbers: what a reviewer reads first. */
export interface ScanSummary {
  readonly files: number;
  readonly roles: number;
  /** Roles whose policy could be read and linted. */
  readonly reviewed: number;
  readonly rolesWithErrors: number;
  /** Findings on roles, by severity (import findings on roles included). */
  readonly findings: Readonly<Record<Severity, number>>;
  /** Problems of files as a whole (does not parse, cut short, no trust policy), by severity. */
  readonly problems: Readonly<Record<Severity, number>>;
  /** By rule: errors first, then by number of findings. */
  readonly rules: readonly RuleCount[];
  readonly scenarios: { readonly passed: number; readonly failed: number; readonly unchecked: number };
  readonly trust: {
    /** Roles that trust `*` (any AWS principal) in an Allow statement. */
    readonly anyPrincipal: number;
    /** Of those, the roles where such a statement has no condition at all. */
    readonly anyPrincipalWithoutCondition: number;
    /** Roles with an Allow statement without any condition that trusts another account. */
    readonly externalWithoutCondition: number;
    readonly externalAccounts: readonly string[];
    readonly federatedProviders: readonly string[];
    readonly services: readonly string[];
    /** Roles with a principal only the deployment tool can resolve. */
    readonly unresolved: number;
  };
}

/** Builds the summary role by role, so a scan never keeps the roles to summarise them. */
export class SummaryBuilder {
  #files = 0;
  #roles = 0;
  #reviewed = 0;
  #rolesWithErrors = 0;
  readonly #findings = { error: 0, warning: 0, info: 0 };
  readonly #problems = { error: 0, warning: 0, info: 0 };
  readonly #rules = new Map<string, { severity: Severity; findings: number; roles: number }>();
  readonly #scenarios = { passed: 0, failed: 0, unchecked: 0 };
  #anyPrincipal = 0;
  #anyPrincipalWithoutCondition = 0;
  #externalWithoutCondition = 0;
  #unresolved = 0;
  readonly #accounts = new Set<string>();
  readonly #federated = new Set<string>();
  readonly #services = new Set<string>();

  addFile(): void {
    this.#files++;
  }

  addProblems(problems: readonly ImportProblem[]): void {
    for (const p of problems) this.#problems[p.severity]++;
  }

  addRole(r: RoleScanResult): void {
    this.#roles++;
    if (r.reviewed) this.#reviewed++;
    if (r.counts.error > 0) this.#rolesWithErrors++;
    const seen = new Set<string>();
    for (const f of r.findings) {
      this.#findings[f.severity]++;
      const rule = this.#rules.get(f.code) ?? { severity: f.severity, findings: 0, roles: 0 };
      rule.findings++;
      if (!seen.has(f.code)) {
        rule.roles++;
        seen.add(f.code);
      }
      this.#rules.set(f.code, rule);
    }
    for (const s of r.scenarios) {
      if (s.pass === undefined) this.#scenarios.unchecked++;
      else if (s.pass) this.#scenarios.passed++;
      else this.#scenarios.failed++;
    }
    let any = false;
    let openAny = false;
    let openExternal = false;
    let unresolved = false;
    for (const p of r.who) {
      if (p.kind === 'any-aws' && !p.except) {
        any = true;
        if (p.conditions.length === 0) openAny = true;
      }
      if (p.kind === 'unresolved') unresolved = true;
      if (p.relation === 'external' && p.account !== undefined) {
        this.#accounts.add(p.account);
        if (p.conditions.length === 0) openExternal = true;
      }
      if (p.kind === 'saml-provider' || p.kind === 'oidc-provider' || p.kind === 'web-identity-provider')
        this.#federated.add(p.value);
      if (p.kind === 'service') this.#services.add(p.value);
    }
    if (any) this.#anyPrincipal++;
    if (openAny) this.#anyPrincipalWithoutCondition++;
    if (openExternal) this.#externalWithoutCondition++;
    if (unresolved) this.#unresolved++;
  }

  result(): ScanSummary {
    const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    const rules = [...this.#rules]
      .map(([code, r]) => ({ code, ...r }))
      .sort(
        (a, b) =>
          rank[a.severity] - rank[b.severity] || b.findings - a.findings || a.code.localeCompare(b.code),
      );
    const sorted = (s: Set<string>) => [...s].sort();
    return {
      files: this.#files,
      roles: this.#roles,
      reviewed: this.#reviewed,
      rolesWithErrors: this.#rolesWithErrors,
      findings: { ...this.#findings },
      problems: { ...this.#problems },
      rules,
      scenarios: { ...this.#scenarios },
      trust: {
        anyPrincipal: this.#anyPrincipal,
        anyPrincipalWithoutCondition: this.#anyPrincipalWithoutCondition,
        externalWithoutCondition: this.#externalWithoutCondition,
        externalAccounts: sorted(this.#accounts),
        federatedProviders: sorted(this.#federated),
        services: sorted(this.#services),
        unresolved: this.#unresolved,
      },
    };
  }
}

import type {
  ImportProblem,
  RoleScanResult,
  ScanFinding,
  ScanSummary,
  TrustedPrincipal,
} from '@trustwright/formats';

const KIND: Readonly<Record<TrustedPrincipal['kind'], string>> = {
  'any-aws': 'any AWS principal',
  account: 'account',
  root: 'account',
  user: 'IAM user',
  role: 'IAM role',
  'assumed-role': 'role session',
  'federated-user': 'federated user',
  'unique-id': 'unique ID',
  service: 'service',
  'saml-provider': 'SAML provider',
  'oidc-provider': 'OIDC provider',
  'web-identity-provider': 'web identity',
  'canonical-user': 'canonical user',
  invalid: 'invalid',
  unresolved: 'unresolved',
};

export function roleTitle(r: Pick<RoleScanResult, 'address' | 'name'>): string {
  return r.name === undefined || r.address.includes(r.name) ? r.address : `${r.address} (${r.name})`;
}

function account(p: TrustedPrincipal): string {
  switch (p.relation) {
    case 'same':
      return "this role's account";
    case 'external':
      return `external ${p.account ?? ''}`;
    case 'any':
      return 'any account';
    case 'unknown':
      return p.account ?? 'unknown';
    case 'none':
      return '-';
  }
}

/** One role: its place, who can assume it (a table), its findings and scenarios. */
export function renderRoleText(r: RoleScanResult): string {
  const lines = [`${roleTitle(r)}  ${r.file}:${r.location.line}:${r.location.column}`];
  if (r.reviewed) {
    if (r.who.length === 0) lines.push('  who can assume: nobody (no Allow statement names a principal)');
    else {
      const rows = [
        ['PRINCIPAL', 'KIND', 'ACCOUNT', 'CONDITIONS'],
        ...r.who.map((p) => [
          `${p.except ? 'everyone except ' : ''}${p.key} ${p.value}`,
          KIND[p.kind],
          account(p),
          p.conditions.length === 0 ? 'none' : p.conditions.join(', '),
        ]),
      ];
      const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
      lines.push('  who can assume:');
      for (const row of rows)
        lines.push(
          `    ${row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c] ?? 0) : cell)).join('  ')}`.trimEnd(),
        );
    }
  }
  for (const f of r.findings) lines.push(`  ${findingLine(f)}`);
  for (const s of r.scenarios) {
    const verdict =
      s.expect === undefined
        ? s.decision
        : `${s.decision}, expected ${s.expect}: ${s.pass === true ? 'pass' : 'FAIL'}`;
    lines.push(`  scenario ${JSON.stringify(s.name)}: ${verdict}`);
  }
  return `${lines.join('\n')}\n\n`;
}

export function findingLine(f: ScanFinding | ImportProblem): string {
  const at = f.location === undefined ? f.file : `${f.file}:${f.location.line}:${f.location.column}`;
  const help = 'help' in f && f.help !== undefined ? `\n      help: ${f.help}` : '';
  return `${at}: ${f.severity} ${f.code}: ${f.message}${help}`;
}

function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : nouns}`;
}

export function renderSummaryText(s: ScanSummary): string {
  const lines = [
    `Summary: ${plural(s.files, 'file')}, ${plural(s.roles, 'role')} (${s.reviewed.toLocaleString('en-US')} reviewed), ${plural(s.rolesWithErrors, 'role')} with errors`,
    `  findings: ${plural(s.findings.error, 'error')}, ${plural(s.findings.warning, 'warning')}, ${plural(s.findings.info, 'note')}`,
  ];
  const problems = s.problems.error + s.problems.warning + s.problems.info;
  if (problems > 0)
    lines.push(
      `  file problems: ${plural(s.problems.error, 'error')}, ${plural(s.problems.warning, 'warning')}, ${plural(s.problems.info, 'note')}`,
    );
  if (s.rules.length > 0) {
    lines.push('  by rule:');
    const width = Math.max(...s.rules.map((r) => r.code.length));
    for (const r of s.rules)
      lines.push(
        `    ${(r.severity === 'info' ? 'note' : r.severity).padEnd(7)}  ${r.code.padEnd(width)}  ${plural(r.findings, 'finding')} in ${plural(r.roles, 'role')}`,
      );
  }
  const t = s.trust;
  lines.push(
    `  who can assume: ${plural(t.anyPrincipal, 'role trusts', 'roles trust')} any AWS principal (${t.anyPrincipalWithoutCondition.toLocaleString('en-US')} without a condition); ${plural(t.externalWithoutCondition, 'role trusts', 'roles trust')} another account without a condition${t.unresolved > 0 ? `; ${plural(t.unresolved, 'role has', 'roles have')} unresolved principals` : ''}`,
  );
  const list = (label: string, values: readonly string[]) => {
    if (values.length === 0) return;
    const shown = values.slice(0, 20).join(', ');
    lines.push(`    ${label}: ${shown}${values.length > 20 ? `, and ${values.length - 20} more` : ''}`);
  };
  list('external accounts', t.externalAccounts);
  list('federated providers', t.federatedProviders);
  list('services', t.services);
  const sc = s.scenarios;
  if (sc.passed + sc.failed + sc.unchecked > 0)
    lines.push(
      `  scenarios: ${sc.passed} passed, ${sc.failed} failed${sc.unchecked > 0 ? `, ${sc.unchecked} without expect` : ''}`,
    );
  return `${lines.join('\n')}\n`;
}

import { isAccountId, parseArn, parseIamPathName, type RoleArn } from '../arn/arn.js';
import type { ContextScalar } from '../conditions/typed-values.js';
import type { PolicyPrincipal } from '../principal/policy-principal.js';
import { type ClauseSource, scalarCandidates, type ValueSettings } from './values.js';

/** A request principal as the trust-file contract writes it. */
export type RequestPrincipal =
  | { readonly AWS: string }
  | { readonly Service: string }
  | { readonly Federated: string };

/** A caller to try, with the caller keys it gives itself (a role path, a unique ID). */
export interface CallerCandidate {
  readonly principal: RequestPrincipal;
  readonly context: Readonly<Record<string, ContextScalar>>;
  readonly type: 'AWS' | 'Service' | 'Federated';
  readonly federated?: 'saml' | 'oidc' | 'web-identity';
}

/**
 * Keys that follow from who calls. For an AWS caller they are derived from its ARN (or given
 * with it, for a role path or a unique ID); other callers do not carry them. They are never
 * varied on their own: a witness "alice, with aws:PrincipalArn of bob" is not a request AWS sends.
 */
export const CALLER_KEYS: ReadonlySet<string> = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principaltype',
  'aws:username',
  'aws:userid',
]);

const COMPANIONS = ['sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext'] as const;

/** The actions a caller of this type really calls (an AWS caller never calls AssumeRoleWithSAML). */
export function actionsFor(caller: CallerCandidate): string[] {
  if (caller.type !== 'Federated') return ['sts:AssumeRole', ...COMPANIONS];
  return [
    caller.federated === 'saml' ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity',
    ...COMPANIONS,
  ];
}

export interface CallerFacts {
  readonly entries: readonly PolicyPrincipal[];
  /** Clauses on caller keys, by key. */
  readonly callerClauses: ReadonlyMap<string, readonly ClauseSource[]>;
  readonly roles: readonly (RoleArn | undefined)[];
  readonly settings: ValueSettings;
}

const EXAMPLE_USER = 'example-user';
const EXAMPLE_ROLE = 'example-role';
const EXAMPLE_SESSION = 'example-session';

/**
 * Callers that reach every way the two policies can tell callers apart: each named principal,
 * another identity of the same kind in each account, roots, sessions, instances of the ARN
 * patterns and values that conditions on caller keys compare, other services and providers, and
 * each account in another partition when a version has no role (bare account IDs then mean aws).
 * Many are equivalent; evaluation keeps one per behaviour. Most natural first: role sessions,
 * then users, then root.
 */
export function callerCandidates(facts: CallerFacts): CallerCandidate[] {
  const { entries, settings } = facts;
  const out: CallerCandidate[] = [];
  const seen = new Set<string>();
  const add = (principal: RequestPrincipal, context: Record<string, ContextScalar> = {}): void => {
    const id = JSON.stringify([principal, context]);
    if (seen.has(id)) return;
    seen.add(id);
    const [type, value] = Object.entries(principal)[0] as ['AWS' | 'Service' | 'Federated', string];
    if (type !== 'Federated') out.push({ principal, context, type });
    else out.push({ principal, context, type, federated: federatedKind(value) });
  };

  // Bare account IDs mean the role's partition, or aws when a version has no role; a caller in
  // another partition then still matches "*" and its own partition's ARNs.
  const partitions = new Set<string>();
  for (const role of facts.roles) if (role !== undefined) partitions.add(role.partition);
  for (const e of entries) if (e.partition !== undefined) partitions.add(e.partition);
  const roleMissing = facts.roles.some((r) => r === undefined);
  if (roleMissing) partitions.add('aws');
  const extra = roleMissing ? (partitions.has('aws-cn') ? 'aws-us-gov' : 'aws-cn') : undefined;
  const arnTexts = callerArnValues(facts);
  const accounts = [...new Set([...settings.accounts, settings.otherAccount])];
  const usernames = new Set(
    facts.callerClauses.get('aws:username') === undefined ? [] : callerValues(facts, 'aws:username'),
  );
  const userIds = callerValues(facts, 'aws:userid');
  const wantsFederatedUser =
    entries.some((e) => e.kind === 'federated-user') ||
    callerValues(facts, 'aws:principaltype').some((v) => v.toLowerCase() === 'federateduser');

  // In the extra partition only accounts that some value names can differ from any other account.
  const named = new Set([
    ...callerValues(facts, 'aws:principalaccount'),
    ...arnTexts
      .map((t) => parseArn(t))
      .filter((a) => a?.partition === extra)
      .map((a) => a?.account ?? ''),
    ...entries.filter((e) => e.partition === extra).map((e) => e.account ?? ''),
  ]);
  const partitionAccounts = (partition: string): string[] =>
    partition === extra ? accounts.filter((a) => named.has(a) || a === settings.otherAccount) : accounts;
  for (const partition of [...partitions, ...(extra === undefined ? [] : [extra])]) {
    for (const account of partitionAccounts(partition)) {
      const sts = `arn:${partition}:sts::${account}`;
      const iam = `arn:${partition}:iam::${account}`;
      // Sessions of the roles the policies name (with their paths, which session ARNs drop).
      for (const e of entries) {
        if (e.account !== account || (e.partition ?? 'aws') !== partition) continue;
        if (e.kind === 'role' && e.name !== undefined) {
          const path = e.iamPath ?? '/';
          const session = { AWS: `${sts}:assumed-role/${e.name}/${EXAMPLE_SESSION}` };
          if (path !== '/') add(session, { 'aws:PrincipalArn': `${iam}:role${path}${e.name}` });
          add(session);
        }
        if (e.kind === 'assumed-role' && e.name !== undefined && e.session !== undefined) {
          add({ AWS: `${sts}:assumed-role/${e.name}/${e.session}` });
          add({ AWS: `${sts}:assumed-role/${e.name}/${EXAMPLE_SESSION}` });
        }
      }
      for (const text of arnTexts) addFromArn(text, partition, account, add);
      for (const e of entries)
        if (e.kind === 'unique-id' && e.value.startsWith('AROA'))
          add(
            { AWS: `${sts}:assumed-role/${EXAMPLE_ROLE}/${EXAMPLE_SESSION}` },
            { 'aws:userid': `${e.value}:${EXAMPLE_SESSION}` },
          );
      for (const id of userIds)
        add({ AWS: `${sts}:assumed-role/${EXAMPLE_ROLE}/${EXAMPLE_SESSION}` }, { 'aws:userid': id });
      add({ AWS: `${sts}:assumed-role/${EXAMPLE_ROLE}/${EXAMPLE_SESSION}` });
      for (const e of entries) {
        if (e.account !== account || (e.partition ?? 'aws') !== partition || e.kind !== 'user') continue;
        if (e.name !== undefined) add({ AWS: `${iam}:user${e.iamPath ?? '/'}${e.name}` });
      }
      for (const name of usernames) if (/^[\w+=,.@-]{1,64}$/.test(name)) add({ AWS: `${iam}:user/${name}` });
      for (const e of entries)
        if (e.kind === 'unique-id' && e.value.startsWith('AIDA'))
          add({ AWS: `${iam}:user/${EXAMPLE_USER}` }, { 'aws:userid': e.value });
      for (const id of userIds) add({ AWS: `${iam}:user/${EXAMPLE_USER}` }, { 'aws:userid': id });
      add({ AWS: `${iam}:user/${EXAMPLE_USER}` });
      add({ AWS: `${iam}:root` });
      if (wantsFederatedUser) {
        for (const e of entries)
          if (e.kind === 'federated-user' && e.account === account && e.name !== undefined)
            add({ AWS: `${sts}:federated-user/${e.name}` });
        add({ AWS: `${sts}:federated-user/${EXAMPLE_USER}` });
      }
    }
  }

  const services = entries.filter((e) => e.kind === 'service').map((e) => e.value);
  for (const s of services) add({ Service: s });
  add({
    Service: services.includes('example.amazonaws.com') ? 'example-2.amazonaws.com' : 'example.amazonaws.com',
  });
  const other = settings.otherAccount;
  for (const e of entries)
    if (e.kind === 'saml-provider' || e.kind === 'oidc-provider' || e.kind === 'web-identity-provider')
      add({ Federated: e.value });
  add({ Federated: `arn:aws:iam::${other}:saml-provider/ExampleIdP` });
  add({ Federated: `arn:aws:iam::${other}:oidc-provider/oidc.example.com` });
  const web = entries.filter((e) => e.kind === 'web-identity-provider').map((e) => e.value);
  add({
    Federated:
      ['accounts.google.com', 'www.amazon.com', 'graph.facebook.com'].find((w) => !web.includes(w)) ??
      'login.example.com',
  });
  return out;
}

function federatedKind(value: string): 'saml' | 'oidc' | 'web-identity' {
  if (value.includes(':saml-provider/')) return 'saml';
  if (value.includes(':oidc-provider/')) return 'oidc';
  return 'web-identity';
}

/** Text values of the conditions on one caller key, wildcards filled in. */
function callerValues(facts: CallerFacts, key: string): string[] {
  const clauses = facts.callerClauses.get(key) ?? [];
  if (clauses.length === 0) return [];
  return scalarCandidates(clauses, facts.settings)
    .filter((v): v is string => typeof v === 'string')
    .filter((v) => v !== '');
}

/** ARNs a caller might have, from conditions on aws:PrincipalArn and accounts in aws:PrincipalAccount. */
function callerArnValues(facts: CallerFacts): string[] {
  return callerValues(facts, 'aws:principalarn').filter((v) => v.startsWith('arn:'));
}

/** The caller behind an instance of an aws:PrincipalArn pattern, when it is in this account. */
function addFromArn(
  text: string,
  partition: string,
  account: string,
  add: (p: RequestPrincipal, c?: Record<string, ContextScalar>) => void,
): void {
  const arn = parseArn(text);
  if (arn === undefined || arn.partition !== partition || arn.account !== account || !isAccountId(account))
    return;
  if (arn.service === 'iam') {
    if (arn.resource === 'root' || parseIamPathName(arn.resource, 'user') !== undefined) {
      add({ AWS: text });
      return;
    }
    const role = parseIamPathName(arn.resource, 'role');
    if (role !== undefined) {
      const session = {
        AWS: `arn:${partition}:sts::${account}:assumed-role/${role.name}/${EXAMPLE_SESSION}`,
      };
      if (role.path !== '/') add(session, { 'aws:PrincipalArn': text });
      add(session);
    }
    return;
  }
  if (
    arn.service === 'sts' &&
    /^(assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]{2,64}|federated-user\/[\w+=,.@-]{2,32})$/.test(arn.resource)
  )
    add({ AWS: text });
}

/**
 * Condition keys that matter in trust policies, with their types. Data for request validation,
 * the linter and editor completions.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html
 */
import { GITHUB_CLAIMS, webIdentityClaim } from './web-identity-claims.js';

export type KeyType = 'String' | 'ARN' | 'Date' | 'Numeric' | 'Bool' | 'IP';

export interface KnownKey {
  /** Canonical spelling; for tag and claim families, the prefix (`aws:PrincipalTag/`). */
  readonly name: string;
  readonly type: KeyType;
  readonly multi: boolean;
  readonly description: string;
  /** True for families such as `aws:PrincipalTag/` whose full key adds a suffix. */
  readonly prefix?: true;
  /** Why STS never puts this key in a request context (a token claim it does not evaluate). */
  readonly notSent?: string;
}

const k = (name: string, type: KeyType, description: string, multi = false): KnownKey => ({
  name,
  type,
  multi,
  description,
});
const family = (name: string, description: string): KnownKey => ({
  name,
  type: 'String',
  multi: false,
  description,
  prefix: true,
});

export const KNOWN_KEYS: readonly KnownKey[] = [
  k(
    'aws:PrincipalArn',
    'ARN',
    "ARN of the caller: the user, the root user, or for a role session the role's ARN (with path).",
  ),
  k('aws:PrincipalAccount', 'String', "The caller's 12-digit account ID."),
  k('aws:PrincipalOrgID', 'String', "ID of the AWS Organization the caller's account belongs to (o-...)."),
  k(
    'aws:PrincipalOrgPaths',
    'String',
    "Organization paths of the caller's account (o-.../r-.../ou-.../); multivalued.",
    true,
  ),
  k('aws:PrincipalType', 'String', 'Account, User, FederatedUser, AssumedRole or Anonymous.'),
  k('aws:PrincipalIsAWSService', 'Bool', 'true when an AWS service principal makes the call directly.'),
  k(
    'aws:PrincipalServiceName',
    'String',
    'Name of the service principal making the call (service callers only).',
  ),
  k(
    'aws:PrincipalServiceNamesList',
    'String',
    'All service principal names of the calling service; multivalued.',
    true,
  ),
  k(
    'aws:userid',
    'String',
    'Unique ID of the caller: AIDA... for users, AROA...:SESSION for role sessions, the account ID for root.',
  ),
  k('aws:username', 'String', 'Name of the IAM user making the call; absent for every other caller.'),
  k('aws:SourceIp', 'IP', "Caller's public IP address; absent when the call comes through a VPC endpoint."),
  k('aws:SourceVpc', 'String', 'VPC of the VPC endpoint the call came through.'),
  k('aws:SourceVpce', 'String', 'ID of the VPC endpoint the call came through.'),
  k('aws:VpcSourceIp', 'IP', "Caller's private IP address, through a VPC endpoint only."),
  k('aws:CurrentTime', 'Date', 'Date and time of the request (ISO 8601).'),
  k(
    'aws:EpochTime',
    'Date',
    'Date and time of the request in epoch seconds; also usable with numeric operators.',
  ),
  k('aws:TokenIssueTime', 'Date', "When the caller's temporary credentials were issued."),
  k(
    'aws:MultiFactorAuthPresent',
    'Bool',
    'true when the caller authenticated with MFA; absent for long-term keys used without MFA.',
  ),
  k('aws:MultiFactorAuthAge', 'Numeric', 'Seconds since the MFA check; absent without MFA.'),
  k('aws:SecureTransport', 'Bool', 'Whether the request used TLS (always true for STS).'),
  k('aws:SourceArn', 'ARN', 'ARN of the resource a service acts for (confused-deputy protection).'),
  k('aws:SourceAccount', 'String', 'Account owning the resource a service acts for.'),
  k('aws:SourceOrgID', 'String', 'Organization of the account owning the source resource.'),
  k(
    'aws:SourceOrgPaths',
    'String',
    'Organization paths of the account owning the source resource; multivalued.',
    true,
  ),
  k('aws:TagKeys', 'String', 'Keys of the session tags passed in the request; multivalued.', true),
  k('aws:ViaAWSService', 'Bool', "true when a service forwards the caller's credentials."),
  k('aws:CalledVia', 'String', 'Services that forwarded the request, in order; multivalued.', true),
  k('aws:CalledViaFirst', 'String', 'First service that forwarded the request.'),
  k('aws:CalledViaLast', 'String', 'Last service that forwarded the request.'),
  k('aws:SourceIdentity', 'String', "Source identity already set on the caller's session."),
  k(
    'aws:FederatedProvider',
    'String',
    'Identity provider that created the caller’s role session (SAML/OIDC).',
  ),
  k('aws:RequestedRegion', 'String', 'Region of the STS endpoint called.'),
  k('aws:UserAgent', 'String', "Caller's user agent; caller-controlled, never a security control."),
  k('aws:Referer', 'String', 'HTTP referer; caller-controlled, never a security control.'),
  k(
    'sts:ExternalId',
    'String',
    'ExternalId passed to AssumeRole; the confused-deputy guard for third parties.',
  ),
  k('sts:RoleSessionName', 'String', 'Session name requested by the caller.'),
  k('sts:SourceIdentity', 'String', 'Source identity this call sets (needs sts:SetSourceIdentity).'),
  k('sts:TransitiveTagKeys', 'String', 'Session tag keys marked transitive in this call; multivalued.', true),
  k(
    'sts:RequestContextProviders',
    'ARN',
    'Context provider ARNs of trusted context assertions (sts:SetContext); multivalued.',
    true,
  ),
  k('sts:RoleAuthorizedByIdp', 'Bool', "Whether the web identity token's roles claim authorised this role."),
  k('sts:DurationSeconds', 'Numeric', 'Only for bearer-token requests; never present when assuming a role.'),
  k('sts:AWSServiceName', 'String', 'Only for bearer-token requests; never present when assuming a role.'),
  k(
    'saml:aud',
    'String',
    'Recipient of the SAML assertion: https://signin.aws.amazon.com/saml for console sign-in.',
  ),
  k('saml:iss', 'String', 'Issuer of the SAML assertion.'),
  k('saml:sub', 'String', 'NameID of the SAML subject.'),
  k('saml:sub_type', 'String', 'persistent, transient, or the full NameID Format URI.'),
  k(
    'saml:namequalifier',
    'String',
    'Hash of issuer, account ID and provider name; identifies the user with saml:sub.',
  ),
  k('saml:doc', 'String', 'ACCOUNTID/PROVIDERNAME of the SAML provider.'),
  ...[
    'cn',
    'edupersonaffiliation',
    'edupersonassurance',
    'edupersonentitlement',
    'edupersonnickname',
    'edupersonorgunitdn',
    'edupersonscopedaffiliation',
    'edupersontargetedid',
    'eduorghomepageuri',
    'eduorgidentityauthnpolicyuri',
    'eduorglegalname',
    'eduorgsuperioruri',
    'eduorgwhitepagesuri',
  ].map((name) => k(`saml:${name}`, 'String', `SAML attribute ${name}; multivalued.`, true)),
  ...[
    'edupersonorgdn',
    'edupersonprimaryaffiliation',
    'edupersonprimaryorgunitdn',
    'edupersonprincipalname',
  ].map((name) => k(`saml:${name}`, 'String', `SAML attribute ${name}.`)),
  // The service authorization reference types these as String; the IAM guide says they can be
  // lists, so descriptions warn against ForAllValues (reference §5.3).
  ...[
    'commonName',
    'givenName',
    'surname',
    'mail',
    'name',
    'uid',
    'x500UniqueIdentifier',
    'organizationStatus',
    'primaryGroupSID',
  ].map((name) =>
    k(
      `saml:${name}`,
      'String',
      `SAML attribute ${name}; may arrive as a list, so never use ForAllValues on it.`,
    ),
  ),
  k('cognito-identity.amazonaws.com:aud', 'String', 'Cognito identity pool ID (REGION:GUID).'),
  k('cognito-identity.amazonaws.com:sub', 'String', 'Cognito identity ID.'),
  k(
    'cognito-identity.amazonaws.com:amr',
    'String',
    'authenticated / unauthenticated and the login provider; multivalued.',
    true,
  ),
  k('accounts.google.com:aud', 'String', "Google: the token's azp claim when set, else aud."),
  k('accounts.google.com:oaud', 'String', "Google: the token's aud claim."),
  k('accounts.google.com:sub', 'String', 'Google: the user ID.'),
  k('graph.facebook.com:app_id', 'String', 'Facebook app ID.'),
  k('graph.facebook.com:id', 'String', 'Facebook user ID.'),
  k('www.amazon.com:app_id', 'String', 'Login with Amazon app ID.'),
  k('www.amazon.com:user_id', 'String', 'Login with Amazon user ID.'),
  // GitHub Actions on github.com; other GitHub issuers get the same descriptions through lookupKey.
  ...Object.entries(GITHUB_CLAIMS).map(([name, c]) =>
    k(`token.actions.githubusercontent.com:${name}`, 'String', `GitHub Actions: ${c.description}`),
  ),
  family('aws:PrincipalTag/', 'Tag on the calling user or role, or a session tag of the caller.'),
  family('aws:RequestTag/', 'Session tag passed in this request (needs sts:TagSession).'),
  family('iam:ResourceTag/', 'Tag on the role being assumed.'),
  family('sts:RequestContext/', 'Value from a trusted context assertion (sts:SetContext).'),
];

const exact = new Map<string, KnownKey>();
const prefixes: KnownKey[] = [];
for (const key of KNOWN_KEYS) {
  if (key.prefix) prefixes.push(key);
  else exact.set(key.name.toLowerCase(), key);
}

/** OIDC claims of any provider: `HOST[/PATH]:claim`. `amr` is multivalued. */
const OIDC_CLAIM = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s:]+)?:([a-z_][a-z0-9_/-]*)$/;

const lookupCache = new Map<string, KnownKey | null>();

/** The catalogue entry for a key in any case, including tag families and OIDC claims. Memoized. */
export function lookupKey(key: string): KnownKey | undefined {
  let known = lookupCache.get(key);
  if (known === undefined) {
    if (lookupCache.size >= 2048) lookupCache.clear();
    known = lookupUncached(key) ?? null;
    lookupCache.set(key, known);
  }
  return known ?? undefined;
}

function lookupUncached(key: string): KnownKey | undefined {
  const lower = key.toLowerCase();
  const known = exact.get(lower);
  if (known !== undefined) return known;
  for (const p of prefixes)
    if (lower.startsWith(p.name.toLowerCase()) && lower.length > p.name.length) return p;
  const claim = OIDC_CLAIM.exec(lower);
  if (claim !== null && !lower.startsWith('aws:') && !lower.startsWith('sts:')) {
    const name = claim[3] ?? '';
    const known = webIdentityClaim(key);
    if (known !== undefined)
      return {
        name: key,
        type: 'String',
        multi: false,
        description: known.description,
        ...(known.notEvaluated === undefined ? {} : { notSent: known.notEvaluated }),
      };
    return {
      name: key,
      type: name === 'google/organization_number' ? 'Numeric' : 'String',
      multi: name === 'amr',
      description: `Claim "${name}" of the web identity token.`,
    };
  }
  return undefined;
}

/** Canonical case for a known key (tag suffixes and claim names keep the case written). */
export function canonicalKeyName(key: string): string {
  const known = exact.get(key.toLowerCase());
  return known?.name ?? key;
}

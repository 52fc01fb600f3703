import type { Requirement } from '../evaluate/trace.js';
import type { ResolvedRequest } from '../request/resolve-request.js';

const DECISION_WORDS = {
  allow: 'allows it',
  'explicit-deny': 'explicitly denies it',
  'implicit-deny': 'does not allow it',
};
const BECAUSE = {
  'session-tags': 'carries session tags',
  'source-identity': 'sets a source identity',
  'trusted-context': 'passes trusted context',
};

/** One sentence for something AWS checks besides the trust policy. */
export function requirementLine(r: Requirement, request: ResolvedRequest): string {
  const caller = request.caller;
  const account = caller?.type === 'AWS' ? caller.account : 'the caller’s account';
  switch (r.kind) {
    case 'identity-policy': {
      const on = r.resource ?? 'this role';
      switch (r.reason) {
        case 'cross-account':
          return `Also needed: the caller is in account ${account}, another account than the role's, so the caller's identity policy must also allow ${r.action} on ${on}.`;
        case 'account-principal':
          return `Also needed: the trust names the account, not the caller, so the caller's identity policy must allow ${r.action} on ${on}, even within the same account.`;
        case 'role-unknown':
          return `Also needed if the role is not in account ${account}: the caller's identity policy must allow ${r.action} on it. Set the role ARN to know.`;
        case 'any-principal-same-account':
          return `Check: with {"AWS": "*"} AWS documents that a same-account caller needs no identity-policy allow, but role trust evaluation may differ; grant ${r.action} in the caller's identity policy to be sure.`;
      }
      break;
    }
    case 'companion-action':
      return `Also needed: the call ${BECAUSE[r.because]}, so the trust policy must also allow ${r.action}; it ${DECISION_WORDS[r.decision]}${r.decision === 'allow' ? '' : ', so the call fails'}.`;
    case 'permissions-boundary':
      return `If the caller has a permissions boundary, it must allow ${r.action}.`;
    case 'session-policy':
      return `If the caller's session has a session policy, it must allow ${r.action}.`;
    case 'scp':
      return `If account ${account} is in an AWS Organization, its SCPs must allow ${r.action}.`;
    case 'rcp':
      return `If the role's account is in an AWS Organization, its RCPs must not deny ${r.action}.`;
  }
}

/**
 * Why an account ID, an IAM name, a path or a session ARN is not valid, in words a user can act
 * on. Each check says the rule and what the value breaks, rather than only "is not NAME".
 * Limits: CreateUser/CreateRole (names, paths), AssumeRole RoleSessionName, GetFederationToken
 * Name; https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */

/** `[\w+=,.@-]`: the characters IAM allows in user, role, session and federated-user names. */
const NAME_CHAR = /[\w+=,.@-]/;
const NAME_CHARS = 'letters, digits and _ + = , . @ -';

export interface NameRule {
  /** "A role session name". */
  readonly what: string;
  readonly min: number;
  readonly max: number;
}

export const USER_NAME: NameRule = { what: 'A user name', min: 1, max: 64 };
export const ROLE_NAME: NameRule = { what: 'A role name', min: 1, max: 64 };
export const ROLE_SESSION_NAME: NameRule = { what: 'A role session name', min: 2, max: 64 };
export const FEDERATED_USER_NAME: NameRule = { what: 'A federated user name', min: 2, max: 32 };

const MAX_PATH = 512;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The characters of `text` that are not allowed, described: `a space and "#"`. */
function badCharacters(text: string, allowed: (c: string) => boolean): string | undefined {
  const bad = [...new Set([...text].filter((c) => !allowed(c)))];
  if (bad.length === 0) return undefined;
  const named = bad
    .slice(0, 3)
    .map((c) => (c === ' ' ? 'a space' : /\s/.test(c) ? 'a line break or tab' : `"${c}"`));
  if (bad.length > 3) return `${named.join(', ')} and ${bad.length - 3} more`;
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** Why `name` breaks `rule` (length or characters), or undefined when it is valid. */
export function nameProblem(name: string, rule: NameRule): string | undefined {
  const head = `${rule.what} has ${rule.min} to ${rule.max} characters from ${NAME_CHARS}`;
  const bad = badCharacters(name, (c) => NAME_CHAR.test(c));
  if (bad !== undefined) return `${head}; "${name}" has ${bad}.`;
  if (name.length === 0) return `${head}; this one is empty.`;
  if (name.length < rule.min || name.length > rule.max)
    return `${head}; "${name.length > 70 ? `${name.slice(0, 67)}...` : name}" has ${plural(name.length, 'character')}.`;
  return undefined;
}

/** Why an IAM path (`/`, or `/a/b/`) is not valid, or undefined. */
export function pathProblem(path: string): string | undefined {
  if (path.length > MAX_PATH)
    return `A path has at most ${MAX_PATH} characters; this one has ${path.length}.`;
  const parts = path.slice(1, -1).split('/');
  if (path !== '/' && parts.some((p) => p === ''))
    return `The path "${path}" has an empty part ("//"); each part between slashes needs at least one character.`;
  const bad = badCharacters(path, (c) => c >= '\u0021' && c <= '\u007f');
  if (bad !== undefined)
    return `A path holds printable ASCII characters (! to ~, no spaces) between slashes; "${path}" has ${bad}.`;
  return undefined;
}

/**
 * Why `resource` (`user/...` or `role/...`) is not a valid user or role resource, or undefined.
 * The caller has already checked that it starts with `type/`.
 */
export function iamEntityProblem(resource: string, type: 'user' | 'role'): string | undefined {
  const rest = resource.slice(type.length + 1);
  const slash = rest.lastIndexOf('/');
  const name = rest.slice(slash + 1);
  const rule = type === 'user' ? USER_NAME : ROLE_NAME;
  if (name === '' && slash === rest.length - 1 && rest !== '')
    return `"${resource}" ends with "/": the ${type} name comes after the last slash (${type}/PATH/NAME).`;
  const nameIssue = nameProblem(name, rule);
  if (nameIssue !== undefined) return nameIssue;
  return slash < 0 ? undefined : pathProblem(`/${rest.slice(0, slash + 1)}`);
}

/**
 * Why an sts resource is not `assumed-role/ROLE-NAME/SESSION-NAME` or `federated-user/NAME`, or
 * undefined when it is one.
 */
export function stsSessionProblem(resource: string): string | undefined {
  if (resource.startsWith('assumed-role/')) {
    const parts = resource.slice('assumed-role/'.length).split('/');
    if (parts.length < 2)
      return `A role session ARN ends in assumed-role/ROLE-NAME/SESSION-NAME; "${resource}" has no session name.`;
    if (parts.length > 2)
      return `A role session ARN ends in assumed-role/ROLE-NAME/SESSION-NAME, with no path and no "/" in the session name; "${resource}" has ${parts.length - 1} slashes after assumed-role.`;
    return nameProblem(parts[0] ?? '', ROLE_NAME) ?? nameProblem(parts[1] ?? '', ROLE_SESSION_NAME);
  }
  if (resource.startsWith('federated-user/'))
    return nameProblem(resource.slice('federated-user/'.length), FEDERATED_USER_NAME);
  return `"${resource}" is neither assumed-role/ROLE-NAME/SESSION-NAME nor federated-user/NAME.`;
}

/** Why `text` is not an account ID (exactly 12 digits, leading zeros kept), or undefined. */
export function accountIdProblem(text: string): string | undefined {
  if (/^[0-9]{12}$/.test(text)) return undefined;
  if (text === '') return 'The account ID is empty; an account ID has exactly 12 digits.';
  const bad = badCharacters(text, (c) => c >= '0' && c <= '9');
  if (bad !== undefined) return `An account ID has exactly 12 digits; "${text}" has ${bad}.`;
  return `An account ID has exactly 12 digits (keep leading zeros); "${text}" has ${text.length}.`;
}

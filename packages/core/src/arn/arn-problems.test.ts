import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAccountId, parseIamPathName } from './arn.js';
import {
  accountIdProblem,
  iamEntityProblem,
  nameProblem,
  ROLE_SESSION_NAME,
  stsSessionProblem,
} from './arn-problems.js';

/** Characters near the edges of what IAM allows, so the properties hit both sides often. */
const piece = fc.constantFrom(
  'a',
  'Z',
  '0',
  '_',
  '+',
  '=',
  ',',
  '.',
  '@',
  '-',
  '/',
  ' ',
  '*',
  '#',
  'é',
  '~',
  '\u007f',
  '',
);
const text = fc.array(piece, { maxLength: 70 }).map((parts) => parts.join(''));

describe('ARN problems agree with the parsers', () => {
  it('a user or role resource has a problem exactly when it does not parse (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('user', 'role') as fc.Arbitrary<'user' | 'role'>, text, (type, rest) => {
        const resource = `${type}/${rest}`;
        expect(iamEntityProblem(resource, type) === undefined).toBe(
          parseIamPathName(resource, type) !== undefined,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('an account has a problem exactly when it is not an account ID (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-zO ]{0,14}$/), (account) => {
        expect(accountIdProblem(account) === undefined).toBe(isAccountId(account));
      }),
    );
  });

  it('a session resource has a problem exactly when it is not a valid session (property)', () => {
    const valid = /^(assumed-role\/[\w+=,.@-]{1,64}\/[\w+=,.@-]{2,64}|federated-user\/[\w+=,.@-]{2,32})$/;
    fc.assert(
      fc.property(fc.constantFrom('assumed-role/', 'federated-user/', 'user/'), text, (prefix, rest) => {
        const resource = `${prefix}${rest}`;
        expect(stsSessionProblem(resource) === undefined).toBe(valid.test(resource));
      }),
      { numRuns: 2000 },
    );
  });

  it('says the rule and what breaks it', () => {
    expect(nameProblem('s', ROLE_SESSION_NAME)).toBe(
      'A role session name has 2 to 64 characters from letters, digits and _ + = , . @ -; "s" has 1 character.',
    );
    expect(nameProblem('a b#c$d%', ROLE_SESSION_NAME)).toMatch(/has a space, "#", "\$" and 1 more\.$/);
  });
});

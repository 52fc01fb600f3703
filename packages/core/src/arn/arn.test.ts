import { describe, expect, it } from 'vitest';
import cases from './arn.cases.json' with { type: 'json' };
import { isAccountId, parseArn, parseIamPathName, parseRoleArn, splitArn } from './arn.js';

interface ArnFields {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

interface RoleFields {
  arn: string;
  partition: string;
  account: string;
  path: string;
  name: string;
}

interface ArnTable {
  parseArn: readonly { name: string; input: string; expected: ArnFields | null }[];
  splitArn: readonly { name: string; input: string; expected: readonly string[] | null }[];
  parseRoleArn: readonly { name: string; input: string; expected?: RoleFields; error?: string }[];
  isAccountId: readonly { name: string; input: string; expected: boolean }[];
  parseIamPathName: readonly {
    name: string;
    resource: string;
    type: string;
    expected: { path: string; name: string } | null;
  }[];
}

const table: ArnTable = cases;

describe('parseArn', () => {
  it.each(table.parseArn)('$name', ({ input, expected }) => {
    expect(parseArn(input)).toEqual(expected ?? undefined);
  });
});

describe('splitArn', () => {
  it.each(table.splitArn)('$name', ({ input, expected }) => {
    expect(splitArn(input)).toEqual(expected ?? undefined);
  });
});

describe('parseRoleArn', () => {
  it.each(table.parseRoleArn)('$name', ({ input, expected, error }) => {
    const result = parseRoleArn(input);
    if (error === undefined) expect(result).toEqual(expected);
    else {
      expect(result).not.toHaveProperty('arn');
      expect(result).toHaveProperty('error', expect.stringContaining(error));
    }
  });

  // IAM role names are 1-64 characters (CreateRole RoleName length constraints; reference §6.3).
  it('a 65-character role name is not a role ARN (role names are at most 64 characters)', () => {
    const result = parseRoleArn(`arn:aws:iam::111122223333:role/${'r'.repeat(65)}`);
    expect(result).toHaveProperty('error');
  });

  // An IAM path holds only U+0021-U+007F between its slashes (CreateRole Path pattern; reference §6.3).
  it('a space in the role path is not a role ARN (paths are U+0021-U+007F)', () => {
    const result = parseRoleArn('arn:aws:iam::111122223333:role/my team/deployer');
    expect(result).toHaveProperty('error');
  });
});

describe('isAccountId', () => {
  it.each(table.isAccountId)('$name', ({ input, expected }) => {
    expect(isAccountId(input)).toBe(expected);
  });
});

describe('parseIamPathName', () => {
  it.each(table.parseIamPathName)('$name', ({ resource, type, expected }) => {
    expect(parseIamPathName(resource, type)).toEqual(expected ?? undefined);
  });
});

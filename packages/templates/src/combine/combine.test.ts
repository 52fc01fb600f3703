import { hasErrors, lint } from '@trustwright/core';
import { describe, expect, it } from 'vitest';
import { githubActions } from '../wizards/github-actions/index.js';
import { thirdPartyAuditor } from '../wizards/third-party-auditor/index.js';
import { combine } from './combine.js';

const auditor = thirdPartyAuditor.build(thirdPartyAuditor.example).statements;
const github = githubActions.build(githubActions.example).statements;

describe('combine', () => {
  it('replace writes a new policy whatever was there', () => {
    expect(combine({ Version: '2012-10-17', Statement: [{ Sid: 'Old' }] }, github, 'replace')).toEqual({
      Version: '2012-10-17',
      Statement: github,
    });
  });

  it('add keeps existing statements and fields verbatim and appends the new ones', () => {
    const existing = {
      Statement: {
        Sid: 'Legacy',
        Effect: 'Allow',
        Principal: { Service: 'ec2.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Extra: 1,
      },
      Version: '2012-10-17',
    };
    const out = combine(existing, github, 'add');
    expect(out).toEqual({ Statement: [existing.Statement, ...github], Version: '2012-10-17' });
    expect(Object.keys(out)).toEqual(['Statement', 'Version']);
  });

  it('add renames clashing Sids and the result is still a policy IAM accepts', () => {
    const first = combine(undefined, auditor, 'add');
    const edited = {
      ...first,
      Statement: [...first.Statement].map((s) => ({
        ...(s as object),
        Condition: { Bool: { 'aws:SecureTransport': 'true' } },
      })),
    };
    const out = combine(edited, auditor, 'add');
    const sids = out.Statement.map((s) => (s as { Sid: string }).Sid);
    expect(sids).toEqual(['TrustAuditor', 'DenyWithoutMfa', 'TrustAuditor2', 'DenyWithoutMfa2']);
    expect(hasErrors(lint({ policy: out }, { now: 0 }))).toBe(false);
  });

  it('add skips statements that mean the same as an existing one, whatever their Sid', () => {
    const existing = { Version: '2012-10-17', Statement: github.map((s) => ({ ...s, Sid: 'Renamed' })) };
    expect(combine(existing, github, 'add')).toEqual(existing);
    expect(combine(JSON.stringify(existing), github, 'add')).toEqual(existing);
  });

  it('add to something that is not a policy object writes a new policy', () => {
    expect(combine('{ not json', github, 'add')).toEqual({ Version: '2012-10-17', Statement: github });
    expect(combine([1, 2], github, 'add')).toEqual({ Version: '2012-10-17', Statement: github });
  });

  it('add supplies a Version when the existing policy has none', () => {
    expect(combine({ Statement: [] }, github, 'add')).toEqual({ Version: '2012-10-17', Statement: github });
  });
});

import { describe, expect, it } from 'vitest';
import { diffPolicies, formatPolicy } from './diff-lines.js';

describe('diffPolicies', () => {
  it('says identical texts are identical', () => {
    const text = formatPolicy({ Version: '2012-10-17', Statement: [] });
    const diff = diffPolicies(text, text);
    expect(diff.identical).toBe(true);
    expect(diff.lines.every((l) => l.kind === 'same')).toBe(true);
  });

  it('shows a changed line as removed then added, with line numbers', () => {
    const diff = diffPolicies('a\nb\nc\n', 'a\nB\nc\nd\n');
    expect(diff.lines).toEqual([
      { kind: 'same', text: 'a', before: 1, after: 1 },
      { kind: 'removed', text: 'b', before: 2 },
      { kind: 'added', text: 'B', after: 2 },
      { kind: 'same', text: 'c', before: 3, after: 3 },
      { kind: 'added', text: 'd', after: 4 },
    ]);
    expect([diff.added, diff.removed, diff.identical]).toEqual([2, 1, false]);
  });

  it('keeps the longest common run and treats CRLF like LF', () => {
    const diff = diffPolicies('x\r\n1\r\n2\r\n3\r\ny', '1\n2\n3\n');
    expect(diff.lines.map((l) => `${l.kind[0]}${l.text}`)).toEqual(['rx', 's1', 's2', 's3', 'ry']);
  });

  it('handles empty texts', () => {
    expect(diffPolicies('', 'a').lines).toEqual([{ kind: 'added', text: 'a', after: 1 }]);
    expect(diffPolicies('a', '').lines).toEqual([{ kind: 'removed', text: 'a', before: 1 }]);
    expect(diffPolicies('', '').identical).toBe(true);
  });

  it('shows a hand edit the wizard would overwrite', () => {
    const before = formatPolicy({
      Statement: [
        { Sid: 'A', Condition: { IpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '192.0.2.0/28'] } } },
      ],
    });
    const after = formatPolicy({
      Statement: [{ Sid: 'A', Condition: { IpAddress: { 'aws:SourceIp': ['198.51.100.0/24'] } } }],
    });
    const diff = diffPolicies(before, after);
    expect(diff.lines.filter((l) => l.kind !== 'same').map((l) => `${l.kind} ${l.text.trim()}`)).toEqual([
      'removed "198.51.100.0/24",',
      'removed "192.0.2.0/28"',
      'added "198.51.100.0/24"',
    ]);
  });
});

import { lint } from '@trustwright/core';
import { describe, expect, it } from 'vitest';
import { checkDateTime, formatInstant, parseDateTime } from './datetime.js';

describe('parseDateTime', () => {
  it.each([
    ['2026-09-01T00:00:00Z', Date.UTC(2026, 8, 1)],
    ['2026-09-01T00:00Z', Date.UTC(2026, 8, 1)],
    ['2026-09-01T02:00:00+02:00', Date.UTC(2026, 8, 1)],
    ['2028-02-29T12:00:00.5Z', Date.UTC(2028, 1, 29, 12, 0, 0, 500)],
  ])('%s', (text, ms) => {
    expect(parseDateTime(text)).toBe(ms);
  });

  it.each([
    '2026-09-01',
    '2026-09-01T00:00:00',
    '2026-02-29T00:00:00Z',
    '2026-13-01T00:00Z',
    '2026-09-01T24:00Z',
    '1790000000',
    '2026-09-01 00:00Z',
  ])('%s is refused', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
    expect(checkDateTime(text)).toBe(
      'Use an ISO 8601 date and time with a time zone, such as 2026-09-01T00:00:00Z.',
    );
  });

  it('accepts only what core reads as a date', () => {
    for (const value of [
      '2026-09-01T00:00:00Z',
      '2026-09-01T02:00:00+02:00',
      '2028-02-29T12:00:00.5Z',
      formatInstant(Date.UTC(2026, 0, 1, 0, 0, 0, 250)),
    ]) {
      const policy = {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: '111122223333' },
            Action: 'sts:AssumeRole',
            Condition: { DateLessThan: { 'aws:CurrentTime': value } },
          },
        ],
      };
      expect(lint({ policy }, { now: 0 }).filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});

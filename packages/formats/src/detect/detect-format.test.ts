import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/fixtures.js';
import type { FormatId } from '../model/types.js';
import { detectFormat } from './detect-format.js';

const cases = JSON.parse(readFileSync(join(FIXTURES, 'detect-cases.json'), 'utf8')) as {
  name: string;
  text: string;
  format: FormatId | null;
}[];

describe('detectFormat', () => {
  for (const c of cases)
    it(`${c.name}: ${JSON.stringify(c.text.slice(0, 40))} is ${c.format ?? 'not recognised'}`, () => {
      const detection = detectFormat({ name: c.name, text: c.text });
      expect(detection.format ?? null).toBe(c.format);
      expect(detection.reason).not.toBe('');
    });

  it('decides on the first key without reading the rest of a large export', () => {
    const text = `{"UserDetailList": [${'{"UserName":"u"},'.repeat(200_000)}{}], "RoleDetailList": []}`;
    expect(detectFormat({ name: 'big.json', text }).format).toBe('aws-iam-authorization-details');
  });
});

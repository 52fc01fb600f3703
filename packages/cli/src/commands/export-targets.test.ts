import { EXPORT_FORMATS } from '@trustwright/formats';
import { expect, it } from 'vitest';
import { EXPORT_TARGETS } from './export-command.js';

it("export --to lists exactly formats' export formats, and trust-file", () => {
  expect(EXPORT_TARGETS).toEqual([...EXPORT_FORMATS, 'trust-file']);
});

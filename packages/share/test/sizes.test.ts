import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleStates, stateOfTrustFile } from '../bench/states.mjs';
import { encodeShareFragment } from '../src/index.js';

/**
 * Character counts, not timings: a change to the format, the dictionary or the payload layout
 * that makes links longer fails here. The frozen fixture is a copy of the auditor example as it
 * was when the bound was set (515 characters then), so edits to examples/ do not move this bound.
 */
describe('link size', () => {
  it('keeps the third-party auditor example with 5 scenarios at most 560 characters', () => {
    const file = JSON.parse(
      readFileSync(new URL('./fixtures/third-party-auditor.trust.json', import.meta.url), 'utf8'),
    );
    const state = stateOfTrustFile(file);
    expect(state.scenarios).toHaveLength(5);
    expect(encodeShareFragment(state).length).toBeLessThanOrEqual(560);
    expect(encodeShareFragment({ ...state, view: 'review' }).length).toBeLessThanOrEqual(572);
  });

  it.each(exampleStates())('$name fits the 1,200-character goal', ({ state }) => {
    expect(encodeShareFragment(state).length).toBeLessThanOrEqual(1200);
  });
});

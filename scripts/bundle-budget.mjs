#!/usr/bin/env node
// The size goal of the app issue as a CI check: the JavaScript the page needs before its first
// render stays within 130 KB gzip (Monaco, forms, wizards and the share codec load lazily).
// A byte count of the build, so it cannot flake; load times stay in `pnpm bench`.
import { join } from 'node:path';
import { initialJavaScript } from './initial-javascript.mjs';

const BUDGET_KB = 130;
const js = initialJavaScript(join(import.meta.dirname, '..', 'dist'));
const kb = js.gzip / 1024;
console.log(`initial JavaScript ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB): ${js.files.join(', ')}`);
if (js.files.length === 0) {
  console.error('No script found in dist/index.html: run `pnpm build` first.');
  process.exit(1);
}
if (kb > BUDGET_KB) {
  console.error(
    `Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB: something on the startup path pulled a heavy module into the entry chunk.`,
  );
  process.exit(1);
}

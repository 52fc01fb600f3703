import { it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTrustFile } from '../src/trust-file/trust-file.js';
import { lintSource } from '../src/lint/lint.js';
import { formatPath } from '../src/json/json-path.js';
it('dump', () => {
  const roots = process.env.FIX_ROOT!.split(",");
  for (const root of roots) {
    for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.trust.json')).sort()) {
      const text = readFileSync(join(root, f), 'utf8');
      const r = parseTrustFile(text);
      if (!r.file) { console.log(f, 'UNREADABLE'); continue; }
      const findings = lintSource(r.file.policy, r.file.role, { now: Date.UTC(2026, 10, 15) });
      for (const x of findings) console.log(`${f}\t${x.severity}\t${x.code}\t${formatPath(x.path)}\t${x.message}`);
    }
  }
});

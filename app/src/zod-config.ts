import { config } from 'zod/mini';

// Imported first by the lazy modules that use zod (the scenario form, the wizards), before any
// schema parses. zod probes `new Function` to decide on its fast JIT path; under our
// Content-Security-Policy (no eval) the probe is refused and the browser reports a violation.
// jitless skips the probe and the JIT: same results, no eval.
config({ jitless: true });

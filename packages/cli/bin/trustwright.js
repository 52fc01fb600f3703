#!/usr/bin/env node
// Thin launcher so the bin link exists before the first build; the CLI itself is in dist/.
import { runCli } from '../dist/node-io.js';

process.exitCode = await runCli(process.argv.slice(2));

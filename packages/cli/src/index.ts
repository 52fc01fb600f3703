export { main, USAGE } from './cli.js';
export { type CliIo, EXIT, type ExitCode } from './io.js';
export { OUTPUT_FORMATS, type OutputFormat } from './options.js';

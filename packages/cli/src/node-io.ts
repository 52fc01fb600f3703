import { readFileSync } from 'node:fs';
import { main } from './cli.js';
import type { CliIo, ExitCode } from './io.js';

/** The real process: files from disk, "-" from standard input, the system clock. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => {
    try {
      return readFileSync(path === '-' ? 0 : path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new Error('no such file');
      if (code === 'EISDIR') throw new Error('it is a directory');
      if (code === 'EACCES') throw new Error('permission denied');
      throw error;
    }
  },
  now: () => Date.now(),
};

/** Commands that read Terraform, CloudFormation and account exports. */
const FORMATS_COMMANDS = new Set(['scan', 'export']);

export async function runCli(argv: readonly string[]): Promise<ExitCode> {
  const command = argv.find((a) => !a.startsWith('-'));
  if (command === undefined || !FORMATS_COMMANDS.has(command)) return main(argv, nodeIo);
  return main(argv, { ...nodeIo, formats: await import('@trustwright/formats') });
}

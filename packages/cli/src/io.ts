/** @trustwright/formats, loaded only by the commands that read other formats (scan, export). */
export type FormatsModule = typeof import('@trustwright/formats');

/** Everything the CLI touches outside itself, injected so commands are testable in-process. */
export interface CliIo {
  /**
   * The formats package for scan and export. The real process loads it only for those commands:
   * its YAML and HCL parsers would add to the start-up of every other command.
   */
  readonly formats?: FormatsModule;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file (or standard input for "-"); throws with a message on failure. */
  readonly readFile: (path: string) => string;
  /** Epoch milliseconds for requests without aws:CurrentTime. */
  readonly now: () => number;
}

/** Exit codes of the contract: 0 all good, 1 a test failed or an error finding, 2 unusable input. */
export const EXIT = { ok: 0, failed: 1, invalidInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Bad input: becomes exit code 2 with a one-line reason. */
export class InputError extends Error {}

/** A command line we cannot run: exit code 2 with the reason, then the usage text. */
export class UsageError extends InputError {}

export function formatsOf(io: CliIo): FormatsModule {
  if (io.formats === undefined) throw new Error('the formats package was not loaded for this command');
  return io.formats;
}

/**
 * UTF-8 through the platform's TextEncoder/TextDecoder, which every browser and Node 20 have.
 * They are reached through `globalThis` with a minimal local type, because this package compiles
 * without the DOM library, and declaring the globals here would clash with the DOM's declarations
 * in the app's compilation.
 */
interface Utf8Globals {
  readonly TextEncoder: new () => { encode(text: string): Uint8Array };
  readonly TextDecoder: new (
    label: 'utf-8',
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(bytes: Uint8Array): string };
}

const platform = globalThis as unknown as Utf8Globals;
const encoder = new platform.TextEncoder();
// fatal: invalid UTF-8 is an error rather than U+FFFD, so a damaged link cannot decode into
// slightly different text. ignoreBOM: a leading BOM stays in the text (and then fails JSON).
const decoder = new platform.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The text, or undefined when the bytes are not valid UTF-8. */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

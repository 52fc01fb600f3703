/**
 * Stable error codes, one per thing the reader can do about it. Messages are for a reviewer,
 * not a developer, and never quote text from the link (only the version digits): a crafted link
 * must not be able to put words of its choosing into Trustwright's own error message.
 */
export type ShareErrorCode =
  /** The fragment is not a share link at all (empty, or not starting with `v<digits>`). */
  | 'not-a-share-link'
  /** A share link of a format version this code does not read. */
  | 'unsupported-version'
  /** The link was cut off: the data ends before the compressed stream does. */
  | 'truncated'
  /** Bad characters, bad compressed data, not UTF-8 or not JSON. */
  | 'corrupt'
  /** Over one of the limits in `SHARE_LIMITS`. */
  | 'too-large'
  /** Well-formed, but not the shape of a Trustwright state. */
  | 'invalid-state';

export interface ShareError {
  readonly code: ShareErrorCode;
  readonly message: string;
}

export type ShareResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ShareError };

export const SHARE_ERROR_CODES: readonly ShareErrorCode[] = [
  'not-a-share-link',
  'unsupported-version',
  'truncated',
  'corrupt',
  'too-large',
  'invalid-state',
];

/** Thrown by the encoder for a state that could not be read back (so no broken link is ever handed out). */
export class ShareEncodeError extends Error {
  readonly code: ShareErrorCode;
  constructor(error: ShareError) {
    super(error.message);
    this.name = 'ShareEncodeError';
    this.code = error.code;
  }
}

const NOTHING_LOADED = 'Nothing was loaded.';

export function fail<T>(code: ShareErrorCode, message: string): ShareResult<T> {
  return { ok: false, error: { code, message } };
}

export const messages = {
  notAShareLink: () =>
    `This address does not hold a Trustwright share link (the part after "#" should start with "v1."). ${NOTHING_LOADED}`,
  unsupportedVersion: (digits: string) =>
    digits.length > 9
      ? `This share link names a format version this copy of Trustwright does not know; it reads formats v1 and v2. ${NOTHING_LOADED}`
      : `This share link uses share format v${digits}, but this copy of Trustwright reads formats v1 and v2. It may come from another Trustwright version: ask the sender for the .trust.json file instead. ${NOTHING_LOADED}`,
  truncated: () =>
    `This share link is incomplete: it was probably cut off while it was copied or sent (chat and mail programs sometimes shorten long links). Ask the sender for the whole link or for the .trust.json file. ${NOTHING_LOADED}`,
  corrupt: (what: string) => `This share link is damaged: ${what}. ${NOTHING_LOADED}`,
  tooLarge: (what: string) => `This share link is too large: ${what}. ${NOTHING_LOADED}`,
  /** The old version of a review link is damaged; `message` is the error it would have alone. */
  baseDamaged: (message: string) =>
    `The old version in this review link could not be read, so the comparison is not shown; the new version was loaded. ${message.replace(/ Nothing was loaded\.$/, '').replace(/^This share link/, 'Its part for the old version')}`,
  invalidState: (what: string) =>
    `This share link does not hold a valid Trustwright state: ${what}. ${NOTHING_LOADED}`,
} as const;

/** "12,345": fixed separators, so messages do not depend on the reader's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

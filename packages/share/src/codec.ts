import { decodeBase64url, encodeBase64url } from './base64url.js';
import { deflatePayload, inflatePayload } from './compression.js';
import { crc32 } from './crc32.js';
import {
  fail,
  formatCount,
  messages,
  ShareEncodeError,
  type ShareError,
  type ShareResult,
} from './errors.js';
import { nestsDeeperThan } from './json-depth.js';
import { SHARE_LIMITS } from './limits.js';
import { type PayloadState, Rejection, readPayload, type ShareState, type ShareView } from './state.js';
import { utf8Decode, utf8Encode } from './utf8.js';

/** The format version this code writes and the only one it reads. */
export const SHARE_FORMAT_VERSION = 1;

const PREFIX = `v${SHARE_FORMAT_VERSION}.`;
const REVIEW_PARAMETER = 'view=review';
const EDIT_PARAMETER = 'view=edit';

/** A decoded link: the view is always filled in. */
export type DecodedShareState = PayloadState & { readonly view: ShareView };

export type DecodeResult =
  | { readonly ok: true; readonly state: DecodedShareState }
  | { readonly ok: false; readonly error: ShareError };

/** Bytes of the CRC-32 in front of the compressed payload. */
const CHECKSUM_BYTES = 4;

/**
 * The URL fragment (without '#') that carries `state`: `v1.` then the base64url of the payload's
 * CRC-32 followed by the payload compressed with raw DEFLATE and the v1 dictionary, where the
 * payload is the state as UTF-8 JSON; then `&view=review` for the reviewer view. Only the fields
 * of `ShareState` are written; anything else on the objects is ignored. Deterministic: the same
 * state always gives the same fragment.
 *
 * Throws `ShareEncodeError` ('too-large' or 'invalid-state') for a state the decoder would refuse,
 * so a link that cannot be opened is never handed out; the app offers the .trust.json download.
 */
export function encodeShareFragment(state: ShareState): string {
  const checked = checkShareState(state);
  if (!checked.ok) throw new ShareEncodeError(checked.error);
  const bytes = utf8Encode(JSON.stringify(checked.value));
  if (bytes.length > SHARE_LIMITS.maxPayloadBytes)
    throw new ShareEncodeError({
      code: 'too-large',
      message: messages.tooLarge(
        `its content is ${formatCount(bytes.length)} bytes; the limit is ${formatCount(SHARE_LIMITS.maxPayloadBytes)}`,
      ),
    });
  const compressed = deflatePayload(bytes);
  // The checksum goes first, so a link cut short loses compressed data (reported as truncated)
  // rather than its checksum.
  const data = new Uint8Array(CHECKSUM_BYTES + compressed.length);
  new DataView(data.buffer).setUint32(0, crc32(bytes));
  data.set(compressed, CHECKSUM_BYTES);
  const review = state.view === 'review' ? `&${REVIEW_PARAMETER}` : '';
  const fragment = `${PREFIX}${encodeBase64url(data)}${review}`;
  if (fragment.length > SHARE_LIMITS.maxFragmentChars)
    throw new ShareEncodeError({
      code: 'too-large',
      message: messages.tooLarge(
        `the link would be ${formatCount(fragment.length)} characters long; the limit is ${formatCount(SHARE_LIMITS.maxFragmentChars)}`,
      ),
    });
  return fragment;
}

/**
 * Reads a fragment (with or without its leading '#'). Never throws: every failure is a result
 * with a stable code and a message for the reviewer. Nothing in the link is trusted; the README
 * lists the checks in the order they run, cheapest and most bounding first.
 */
export function decodeShareFragment(fragment: string): DecodeResult {
  try {
    const result = decode(fragment);
    return result.ok ? { ok: true, state: result.value } : result;
  } catch {
    // Not reachable by design; kept so that "never throws" does not rest on that design alone.
    return { ok: false, error: { code: 'corrupt', message: messages.corrupt('it could not be read') } };
  }
}

/**
 * Checks a state's fields the way the encoder does, without encoding: the normalised payload, or
 * the error `encodeShareFragment` would throw. (The total size is known only once encoded.)
 */
export function checkShareState(state: ShareState): ShareResult<PayloadState> {
  if (state.view !== undefined && state.view !== 'edit' && state.view !== 'review')
    return fail('invalid-state', messages.invalidState('the view must be "edit" or "review"'));
  return guarded(() => readPayload(state, false));
}

function decode(input: string): ShareResult<DecodedShareState> {
  if (typeof input !== 'string') return fail('not-a-share-link', messages.notAShareLink());
  const fragment = input.startsWith('#') ? input.slice(1) : input;
  // Length first: everything after this is linear in it.
  if (fragment.length > SHARE_LIMITS.maxFragmentChars)
    return fail(
      'too-large',
      messages.tooLarge(
        `it is ${formatCount(fragment.length)} characters long; the limit is ${formatCount(SHARE_LIMITS.maxFragmentChars)}`,
      ),
    );
  const version = /^v(\d+)(?=[.&]|$)/.exec(fragment);
  if (version === null) return fail('not-a-share-link', messages.notAShareLink());
  const digits = version[1] ?? '';
  if (digits !== String(SHARE_FORMAT_VERSION))
    return fail('unsupported-version', messages.unsupportedVersion(digits));
  const [head = '', ...parameters] = fragment.split('&');
  const view = readView(parameters);
  if (!view.ok) return view;
  const payload = unpack(head.startsWith(PREFIX) ? head.slice(PREFIX.length) : '');
  if (!payload.ok) return payload;
  const text = payload.value;
  if (nestsDeeperThan(text, SHARE_LIMITS.maxDepth))
    return fail(
      'too-large',
      messages.tooLarge(`its content is nested more than ${SHARE_LIMITS.maxDepth} levels deep`),
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('corrupt', messages.corrupt('its content is not valid JSON'));
  }
  return guarded(() => ({ ...readPayload(parsed, true), view: view.value }));
}

/** base64url -> checksum and DEFLATE data -> bounded inflation -> checksum -> UTF-8 text. */
function unpack(base64: string): ShareResult<string> {
  if (base64 === '') return fail('truncated', messages.truncated());
  const decoded = decodeBase64url(base64);
  if (!decoded.ok)
    return decoded.reason === 'bad-length'
      ? fail('truncated', messages.truncated())
      : fail(
          'corrupt',
          messages.corrupt(
            `it has a character that share links never contain (at position ${formatCount(PREFIX.length + decoded.position + 1)})`,
          ),
        );
  const data = decoded.bytes;
  if (data.length <= CHECKSUM_BYTES) return fail('truncated', messages.truncated());
  const inflated = inflatePayload(data.subarray(CHECKSUM_BYTES), SHARE_LIMITS.maxPayloadBytes);
  if (!inflated.ok) {
    switch (inflated.reason) {
      case 'too-large':
        return fail(
          'too-large',
          messages.tooLarge(
            `its content unpacks to more than ${formatCount(SHARE_LIMITS.maxPayloadBytes)} bytes (unpacking was stopped there)`,
          ),
        );
      case 'truncated':
        return fail('truncated', messages.truncated());
      case 'corrupt':
        return fail('corrupt', messages.corrupt(`its compressed data is invalid (${inflated.detail})`));
    }
  }
  const checksum = new DataView(data.buffer, data.byteOffset, CHECKSUM_BYTES).getUint32(0);
  if (crc32(inflated.bytes) !== checksum)
    return fail(
      'corrupt',
      messages.corrupt('its content does not match its checksum, so it was changed after it was made'),
    );
  const text = utf8Decode(inflated.bytes);
  if (text === undefined) return fail('corrupt', messages.corrupt('its content is not UTF-8 text'));
  return { ok: true, value: text };
}

/** The clear parameters after the payload: at most one `view=edit|review`, nothing else. */
function readView(parameters: readonly string[]): ShareResult<ShareView> {
  let view: ShareView | undefined;
  for (const parameter of parameters) {
    const value =
      parameter === REVIEW_PARAMETER ? 'review' : parameter === EDIT_PARAMETER ? 'edit' : undefined;
    if (value === undefined || view !== undefined)
      return fail(
        'invalid-state',
        messages.invalidState(
          value === undefined
            ? 'after the data it has a parameter other than "view=review" or "view=edit"'
            : 'it names the view twice',
        ),
      );
    view = value;
  }
  return { ok: true, value: view ?? 'edit' };
}

/** Runs the validator and turns its rejection into a result; anything else is a bug and rethrown. */
function guarded<T>(read: () => T): ShareResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    return error.code === 'too-large'
      ? fail('too-large', messages.tooLarge(error.what))
      : fail('invalid-state', messages.invalidState(error.what));
  }
}

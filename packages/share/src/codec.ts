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
import {
  type PayloadState,
  Rejection,
  readBase,
  readPayload,
  type ShareBase,
  type ShareState,
  type ShareView,
} from './state.js';
import { utf8Decode, utf8Encode } from './utf8.js';

/**
 * The newest format version this code writes. It writes v1 whenever the state needs nothing of
 * v2 (no base version, no caller policies), so those links stay what they always were, and it
 * reads both.
 */
export const SHARE_FORMAT_VERSION = 2;
/** The format versions this code reads. */
export const SHARE_READ_VERSIONS: readonly number[] = [1, 2];

const REVIEW_PARAMETER = 'view=review';
const EDIT_PARAMETER = 'view=edit';
const BASE_PARAMETER = 'base=';

/**
 * A decoded link: the view is always filled in. A v2 review link also carries `base`, the old
 * version; when that part is damaged, the new version still opens and `baseError` says why the
 * old one could not be read (the comparison is then not available).
 */
export type DecodedShareState = PayloadState & {
  readonly view: ShareView;
  readonly base?: ShareBase;
  readonly baseError?: ShareError;
};

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
  const base = state.base === undefined ? undefined : guarded(() => readBase(state.base, false));
  if (base !== undefined && !base.ok) throw new ShareEncodeError(base.error);
  const version = base !== undefined || checked.value.callerPolicies !== undefined ? 2 : 1;
  const data = pack(checked.value);
  const baseData = base === undefined ? '' : `&${BASE_PARAMETER}${pack(base.value)}`;
  const review = state.view === 'review' ? `&${REVIEW_PARAMETER}` : '';
  const fragment = `v${version}.${data}${baseData}${review}`;
  if (fragment.length > SHARE_LIMITS.maxFragmentChars)
    throw new ShareEncodeError({
      code: 'too-large',
      message: messages.tooLarge(
        `the link would be ${formatCount(fragment.length)} characters long; the limit is ${formatCount(SHARE_LIMITS.maxFragmentChars)}`,
      ),
    });
  return fragment;
}

/** base64url( CRC-32 || raw DEFLATE with the v1 dictionary ) of a value's UTF-8 JSON. */
function pack(value: unknown): string {
  const bytes = utf8Encode(JSON.stringify(value));
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
  return encodeBase64url(data);
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
  if (state.base !== undefined) {
    const base = guarded(() => readBase(state.base, false));
    if (!base.ok) return base;
  }
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
  if (digits !== '1' && digits !== '2')
    return fail('unsupported-version', messages.unsupportedVersion(digits));
  const v = digits === '1' ? 1 : 2;
  const [head = '', ...parameters] = fragment.split('&');
  const params = readParameters(parameters, v);
  if (!params.ok) return params;
  const prefix = `v${v}.`;
  const text = unpackJson(head.startsWith(prefix) ? head.slice(prefix.length) : '', prefix.length);
  if (!text.ok) return text;
  const state = guarded(() => readPayload(text.value, true, v));
  if (!state.ok) return state;
  const decoded = { ...state.value, view: params.value.view };
  if (params.value.base === undefined) return { ok: true, value: decoded };
  // The old version is read on its own: damage there leaves the new version readable.
  const offset = head.length + 1 + BASE_PARAMETER.length;
  const base = unpackJson(params.value.base, offset);
  const read = base.ok ? guarded(() => readBase(base.value, true)) : base;
  return read.ok
    ? { ok: true, value: { ...decoded, base: read.value } }
    : { ok: true, value: { ...decoded, baseError: baseError(read.error) } };
}

/** A damaged base as its own error: same code, a message that says the new version did open. */
function baseError(error: ShareError): ShareError {
  return { code: error.code, message: messages.baseDamaged(error.message) };
}

/** Unpacks one data part to parsed JSON: bounded inflation, checksum, UTF-8, depth, then JSON.parse. */
function unpackJson(base64: string, offset: number): ShareResult<unknown> {
  const payload = unpack(base64, offset);
  if (!payload.ok) return payload;
  const text = payload.value;
  if (nestsDeeperThan(text, SHARE_LIMITS.maxDepth))
    return fail(
      'too-large',
      messages.tooLarge(`its content is nested more than ${SHARE_LIMITS.maxDepth} levels deep`),
    );
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail('corrupt', messages.corrupt('its content is not valid JSON'));
  }
}

/** base64url -> checksum and DEFLATE data -> bounded inflation -> checksum -> UTF-8 text. */
function unpack(base64: string, offset: number): ShareResult<string> {
  if (base64 === '') return fail('truncated', messages.truncated());
  const decoded = decodeBase64url(base64);
  if (!decoded.ok)
    return decoded.reason === 'bad-length'
      ? fail('truncated', messages.truncated())
      : fail(
          'corrupt',
          messages.corrupt(
            `it has a character that share links never contain (at position ${formatCount(offset + decoded.position + 1)})`,
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

/**
 * The clear parameters after the payload: at most one `view=edit|review`, and in v2 at most one
 * `base=<data>` (the old version, for review); nothing else.
 */
function readParameters(
  parameters: readonly string[],
  version: 1 | 2,
): ShareResult<{ view: ShareView; base: string | undefined }> {
  let view: ShareView | undefined;
  let base: string | undefined;
  for (const parameter of parameters) {
    if (version === 2 && parameter.startsWith(BASE_PARAMETER)) {
      if (base !== undefined)
        return fail('invalid-state', messages.invalidState('it carries the old version twice'));
      base = parameter.slice(BASE_PARAMETER.length);
      continue;
    }
    const value =
      parameter === REVIEW_PARAMETER ? 'review' : parameter === EDIT_PARAMETER ? 'edit' : undefined;
    if (value === undefined || view !== undefined)
      return fail(
        'invalid-state',
        messages.invalidState(
          value === undefined
            ? `after the data it has a parameter other than ${version === 2 ? '"base=…", ' : ''}"view=review" or "view=edit"`
            : 'it names the view twice',
        ),
      );
    view = value;
  }
  return { ok: true, value: { view: view ?? 'edit', base } };
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

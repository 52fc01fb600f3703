/**
 * @trustwright/share: the whole Trustwright state in a private, versioned URL fragment.
 * Pure: no DOM, no Node APIs, no I/O. The format is specified in this package's README.md.
 */
export {
  checkShareState,
  type DecodedShareState,
  type DecodeResult,
  decodeShareFragment,
  encodeShareFragment,
  SHARE_FORMAT_VERSION,
  SHARE_READ_VERSIONS,
} from './codec.js';
export { SHARE_DICTIONARY_V1 } from './dictionary.js';
export {
  SHARE_ERROR_CODES,
  ShareEncodeError,
  type ShareError,
  type ShareErrorCode,
  type ShareResult,
} from './errors.js';
export { LONG_LINK_WARNING_CHARS, SHARE_LIMITS } from './limits.js';
export { type LinkSizeAdvice, linkSizeAdvice, shareUrl } from './link.js';
export {
  type PayloadState,
  SHARE_DECISIONS,
  type ShareBase,
  type ShareScenario,
  type ShareState,
  type ShareSuppression,
  type ShareView,
} from './state.js';

import { encodeShareFragment } from './codec.js';
import { formatCount } from './errors.js';
import { LONG_LINK_WARNING_CHARS } from './limits.js';
import type { ShareState } from './state.js';

/**
 * The share link for `state` on top of `baseHref` (normally the page's own address): the path
 * and query of the base are kept as they are and only the fragment is set, replacing any there.
 * The state goes only into the fragment, which browsers never send to a server.
 * Throws `ShareEncodeError` like `encodeShareFragment`.
 */
export function shareUrl(baseHref: string, state: ShareState): string {
  // Whatever follows the first '#' is the fragment (RFC 3986 §3.5), so cutting there keeps
  // scheme, host, path and query byte for byte, without a URL parser reformatting them.
  const hash = baseHref.indexOf('#');
  const base = hash === -1 ? baseHref : baseHref.slice(0, hash);
  return `${base}#${encodeShareFragment(state)}`;
}

export interface LinkSizeAdvice {
  /** Characters in the whole link. */
  readonly chars: number;
  /** True above `LONG_LINK_WARNING_CHARS`: the app should suggest the .trust.json download. */
  readonly long: boolean;
  /** A sentence for the user when `long`, else undefined. */
  readonly message: string | undefined;
}

/** Whether a link is long enough to risk being cut off on its way to the reviewer. */
export function linkSizeAdvice(url: string): LinkSizeAdvice {
  const chars = url.length;
  const long = chars > LONG_LINK_WARNING_CHARS;
  return {
    chars,
    long,
    message: long
      ? `This link is ${formatCount(chars)} characters long. Links over ${formatCount(LONG_LINK_WARNING_CHARS)} characters can be cut off by chat and mail programs; download the .trust.json file and send that instead.`
      : undefined,
  };
}

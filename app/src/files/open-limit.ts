/** The largest file Open reads: a trust file is a few KB, so anything bigger is refused with a message. */
export const MAX_OPEN_BYTES = 5 * 1024 * 1024;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Bytes at or above this are rejected so every character is equally likely (248 = 4 × 62). */
const LIMIT = 256 - (256 % ALPHABET.length);

/**
 * A random external ID of letters and digits. The randomness comes from the caller (the app
 * passes crypto.getRandomValues) so this package stays pure and tests stay deterministic.
 * An external ID is not a secret; randomness only makes it unique per customer.
 */
export function generateExternalId(randomBytes: (length: number) => Uint8Array, length = 32): string {
  if (!Number.isInteger(length) || length < 2 || length > 1224)
    throw new RangeError('An external ID is 2 to 1,224 characters long.');
  let out = '';
  // Each round asks for what is still missing; rejection only makes rounds repeat, and a
  // source that keeps returning nothing usable is a broken source, not a reason to spin.
  for (let round = 0; out.length < length; round++) {
    if (round > 64) throw new Error('The random source returned no usable bytes.');
    for (const byte of randomBytes(length - out.length)) {
      if (byte < LIMIT && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}

/**
 * CRC-32 (IEEE 802.3, the one zlib, gzip and PNG use). Raw DEFLATE carries no checksum, and a
 * character changed on the way can still inflate to valid text: a policy with one account id
 * digit changed. The checksum turns that into an error instead of a reviewer seeing a policy the
 * author never wrote. It guards against accidents, not forgery: anyone can recompute it.
 */
const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = (TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

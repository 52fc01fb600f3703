// Measures share-link sizes: lz-string against fflate (raw DEFLATE, level 9) with and without the
// v1 preset dictionary, on the examples and on held-out states. Prints a Markdown table.
// Run from packages/share: `pnpm run bench` (builds dist/ first, then runs this file).
import { deflateSync } from 'fflate';
import lzString from 'lz-string';
import { encodeShareFragment, SHARE_DICTIONARY_V1 } from '../dist/index.js';
import { exampleStates, heldOutStates } from './states.mjs';

const encoder = new TextEncoder();
const dictionary = encoder.encode(SHARE_DICTIONARY_V1);
/** Unpadded base64url length of n bytes. */
const base64Chars = (n) => Math.ceil((n * 4) / 3);

/** The payload exactly as the encoder writes it (field order included). */
function payloadJson(state) {
  const { view: _view, ...payload } = state;
  return JSON.stringify(payload);
}

const rows = [...exampleStates(), ...heldOutStates()].map(({ name, state }) => {
  const json = payloadJson(state);
  const bytes = encoder.encode(json);
  const fragment = encodeShareFragment(state);
  return {
    name,
    json: bytes.length,
    lz: lzString.compressToEncodedURIComponent(json).length,
    deflate: base64Chars(deflateSync(bytes, { level: 9 }).length),
    dict: base64Chars(deflateSync(bytes, { level: 9, dictionary }).length),
    fragment: fragment.length,
  };
});

const pct = (a, b) => `${Math.round((1 - a / b) * 100)}%`;
console.log(
  '| state | JSON bytes | lz-string | fflate | fflate + dictionary v1 | shipped fragment | fragment vs lz-string |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.json} | ${r.lz} | ${r.deflate} | ${r.dict} | **${r.fragment}** | ${pct(r.fragment, r.lz)} smaller |`,
  );
const sum = (key) => rows.reduce((total, r) => total + r[key], 0);
console.log(
  `| total | ${sum('json')} | ${sum('lz')} | ${sum('deflate')} | ${sum('dict')} | ${sum('fragment')} | ${pct(sum('fragment'), sum('lz'))} smaller |`,
);
console.log(
  `\nCompressor columns: characters of the compressed payload alone (lz-string's URI-safe output, or unpadded base64url of raw DEFLATE level 9). Shipped fragment: what the link carries after "#": "v1.", CRC-32 and DEFLATE with the dictionary, base64url. Dictionary: ${dictionary.length} bytes.`,
);

// Writes test/hostile-links.json: share-link fragments (without '#') that a hostile or careless
// sender could produce, each with the outcome the decoder must give. The expectations are written
// here by hand, not taken from the decoder; the script refuses to write a corpus the decoder
// disagrees with, and test/hostile-links.test.ts checks the committed file again.
// Consumers: the share package's unit tests and the app's Playwright tests, which open every link
// and check that nothing executes, no dialog opens and the page stays usable.
// Run from packages/share: `pnpm run corpus` (builds dist/ first).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { deflateSync, zlibSync } from 'fflate';
import { exampleStates } from '../bench/states.mjs';
import { decodeShareFragment, encodeShareFragment, SHARE_DICTIONARY_V1 } from '../dist/index.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../test/hostile-links.json');
const dictionary = new TextEncoder().encode(SHARE_DICTIONARY_V1);
const MiB = 1024 * 1024;

/** A v1 fragment around arbitrary payload bytes, checksummed and compressed as the encoder does. */
const pack = (bytes, head = 'v1.') => {
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(bytes));
  const compressed = deflateSync(bytes, { level: 9, dictionary });
  return head + Buffer.concat([checksum, compressed]).toString('base64url');
};
const packText = (text, head) => pack(new TextEncoder().encode(text), head);
const packJson = (value) => packText(JSON.stringify(value));

const POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' },
    ],
  },
  null,
  2,
);
const REQUEST = { action: 'sts:AssumeRole', principal: { AWS: 'arn:aws:iam::111122223333:user/ana' } };
const base = {
  policyText: POLICY,
  role: 'arn:aws:iam::444455556666:role/Audit',
  scenarios: [{ name: 'ana may assume the role', request: REQUEST, expect: 'allow' }],
  selected: 0,
};
const auditor = exampleStates().find((e) => e.name === 'third-party-auditor.trust.json');
if (auditor === undefined) throw new Error('examples/third-party-auditor.trust.json is missing');
const auditorLink = encodeShareFragment(auditor.state);

const entries = [];
const ok = (name, fragment, note) => entries.push({ name, fragment, expect: 'ok', note });
/** A review link whose new version opens while its old version (`&base=`) is refused with `code`. */
const baseError = (name, code, fragment, note) =>
  entries.push({ name, fragment, expect: 'ok', baseError: code, note });
const error = (name, code, fragment, note) => entries.push({ name, fragment, expect: 'error', code, note });

// 1. Markup and script in every string field. These are valid links: the app must show the text
//    as text (never as HTML, never as a link target) and nothing may run.
const MARKUP = {
  script: '<script>alert(document.domain)</script>',
  'img-onerror': '<img src=x onerror=alert(1)>',
  'svg-onload': '"><svg onload=alert(1)>',
  'javascript-url': 'javascript:alert(1)',
};
const withName = (name) => ({ ...base, scenarios: [{ ...base.scenarios[0], name }] });
const withRequest = (request) => ({ ...base, scenarios: [{ ...base.scenarios[0], request }] });
const FIELDS = {
  policyText: (s) => ({ ...base, policyText: `${POLICY.slice(0, -2)},\n  "Comment": "${s}"\n}` }),
  role: (s) => ({ ...base, role: s }),
  'scenario-name': withName,
  'request-action': (s) => withRequest({ ...REQUEST, action: s }),
  'request-principal': (s) => withRequest({ ...REQUEST, principal: { AWS: s } }),
  'context-key': (s) => withRequest({ ...REQUEST, context: { [s]: 'x' } }),
  'context-value': (s) => withRequest({ ...REQUEST, context: { 'aws:SourceIp': [s, s] } }),
  'selected-name': (s) => ({ ...withName(s), selected: s }),
};
for (const [field, make] of Object.entries(FIELDS))
  for (const [kind, text] of Object.entries(MARKUP))
    ok(
      `markup-${kind}-in-${field}`,
      encodeShareFragment(make(text)),
      `${field} holds ${JSON.stringify(text)}`,
    );
ok(
  'markup-script-in-review-view',
  encodeShareFragment({ ...FIELDS.policyText(MARKUP.script), view: 'review' }),
  'the reviewer view renders the policy text too',
);
ok(
  'markup-textarea-breakout-in-invalid-policy',
  encodeShareFragment({ ...base, policyText: '{ "Version": "</textarea><script>alert(1)</script>' }),
  'invalid JSON policy text that tries to close an editor element',
);
ok(
  'markup-iframe-srcdoc-and-data-url',
  encodeShareFragment(
    withRequest({
      ...REQUEST,
      context: { 'aws:Referer': 'data:text/html,<iframe srcdoc="<script>alert(1)</script>">' },
    }),
  ),
  'data: URL and iframe srcdoc in a context value',
);
ok(
  'markup-template-and-markdown-injection',
  encodeShareFragment(withName("{{constructor.constructor('alert(1)')()}} [click](javascript:alert(1))")),
  'template-expression and Markdown-link syntax must stay literal text',
);
ok(
  'unicode-bidi-override-and-zero-width',
  encodeShareFragment(withName('allow\u202E\u200Bynedtic\u0000')),
  'right-to-left override, zero-width space and NUL in a name',
);
ok(
  'proto-key-inside-request',
  packJson(withRequest({ ...REQUEST, ['__proto__']: { isAdmin: true } })),
  'an own "__proto__" key in a request stays a plain key',
);
ok(
  'constructor-prototype-inside-request',
  packJson(withRequest({ ...REQUEST, context: { constructor: { prototype: { polluted: true } } } })),
  'constructor/prototype keys in a request are plain data',
);

// 2. Not share links, or not this version.
error('empty', 'not-a-share-link', '', 'an empty fragment');
error(
  'javascript-url-as-fragment',
  'not-a-share-link',
  'javascript:alert(1)',
  'a javascript: URL in place of the link',
);
error(
  'script-tag-as-fragment',
  'not-a-share-link',
  '<script>alert(1)</script>',
  'markup in place of the link',
);
error('uppercase-version', 'not-a-share-link', `V${auditorLink.slice(1)}`, 'the version letter is lowercase');
error('negative-version', 'not-a-share-link', `v-1.${auditorLink.slice(3)}`, 'not v<digits>');
error('version-3', 'unsupported-version', `v3.${auditorLink.slice(3)}`, 'a newer format');
error('version-0', 'unsupported-version', `v0.${auditorLink.slice(3)}`, 'an older format that never existed');
error('version-leading-zero', 'unsupported-version', `v01.${auditorLink.slice(3)}`, 'only "v1" is v1');
error(
  'version-huge',
  'unsupported-version',
  `v${'9'.repeat(40)}.${auditorLink.slice(3)}`,
  'the message must not echo 40 digits',
);

// 3. Damaged encodings.
error('prefix-only', 'truncated', 'v1.', 'nothing after the prefix');
error('no-prefix-dot', 'truncated', 'v1', 'the version and nothing else');
error(
  'standard-base64-alphabet',
  'corrupt',
  `v1.${Buffer.from('{"policyText":"x"}').toString('base64')}+/=`,
  '"+", "/" and "=" are not base64url',
);
error(
  'percent-encoded',
  'corrupt',
  `v1.${encodeURIComponent('{"a":"<b>"}')}`,
  'percent escapes are never part of a link',
);
error(
  'whitespace-inside',
  'corrupt',
  `${auditorLink.slice(0, 40)} ${auditorLink.slice(40)}`,
  'a space, as a mail program might insert',
);
error(
  'non-ascii-letter',
  'corrupt',
  `${auditorLink.slice(0, 20)}\u00e9${auditorLink.slice(21)}`,
  'a character outside the alphabet',
);
error(
  'lone-surrogate',
  'corrupt',
  `${auditorLink.slice(0, 20)}\ud800${auditorLink.slice(21)}`,
  'not even well-formed UTF-16',
);
error(
  'impossible-length',
  'truncated',
  auditorLink.slice(0, 3 + 4 * 50 + 1),
  'a length no base64 encoder produces (one stray character)',
);
error(
  'cut-in-half',
  'truncated',
  auditorLink.slice(0, Math.floor(auditorLink.length / 2)),
  'the auditor example link cut in half',
);
error(
  'last-characters-lost',
  'truncated',
  auditorLink.slice(0, -6),
  'the auditor example link without its last 6 characters',
);
/** Data after a checksum of zeros: for streams that must fail before the checksum is compared. */
const afterChecksum = (bytes) => `v1.${Buffer.concat([Buffer.alloc(4), bytes]).toString('base64url')}`;
error('checksum-only', 'truncated', afterChecksum(Buffer.alloc(0)), 'four checksum bytes and no data');
error(
  'not-deflate',
  'corrupt',
  afterChecksum(Buffer.from([0xff, 0xff, 0xff, 0xff])),
  'a reserved DEFLATE block type',
);
error(
  'zlib-instead-of-raw-deflate',
  'truncated',
  afterChecksum(zlibSync(new TextEncoder().encode(JSON.stringify(base)))),
  'a zlib header reads as a stored block longer than the data, so the data ends too soon',
);
error(
  'checksum-changed',
  'corrupt',
  `v1.${auditorLink[3] === 'A' ? 'B' : 'A'}${auditorLink.slice(4)}`,
  'the data inflates, but its CRC-32 does not match',
);
error(
  'policy-digit-changed',
  'corrupt',
  `v1.${Buffer.concat([Buffer.from(auditorLink.slice(3), 'base64url').subarray(0, 4), deflateSync(new TextEncoder().encode(JSON.stringify({ ...auditor.state, policyText: auditor.state.policyText.replace('111122223333', '111122223334') })), { level: 9, dictionary })]).toString('base64url')}`,
  'a valid stream whose policy names another account: only the checksum notices',
);
error(
  'not-utf8',
  'corrupt',
  pack(Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x80, 0x22, 0x7d])),
  'bytes that are not UTF-8',
);
error('not-json', 'corrupt', packText('policyText=<script>alert(1)</script>'), 'UTF-8 that is not JSON');
error('byte-order-mark', 'corrupt', packText(`\ufeff${JSON.stringify(base)}`), 'a BOM before the JSON');

// 4. Valid JSON, wrong shape.
error('json-null', 'invalid-state', packJson(null), 'null instead of the state');
error('json-array', 'invalid-state', packJson([base]), 'an array instead of the state');
error('missing-policy-text', 'invalid-state', packJson({ scenarios: [] }), 'no policyText');
error(
  'policy-as-object',
  'invalid-state',
  packJson({ policyText: JSON.parse(POLICY), scenarios: [] }),
  'the policy must be text',
);
error(
  'unknown-field',
  'invalid-state',
  packJson({ ...base, script: '<script>alert(1)</script>' }),
  'fields outside format v1 are refused',
);
error(
  'view-inside-payload',
  'invalid-state',
  packJson({ ...base, view: 'review' }),
  'the view is a clear parameter, not a payload field',
);
error(
  'proto-field-at-top',
  'invalid-state',
  packText(`{"__proto__":{"polluted":true},${JSON.stringify(base).slice(1)}`),
  'refused as an unknown field; pollutes nothing',
);
error(
  'constructor-field-at-top',
  'invalid-state',
  packJson({ ...base, constructor: { prototype: { polluted: true } } }),
  'refused as an unknown field',
);
error(
  'proto-field-in-scenario',
  'invalid-state',
  packText(`{"policyText":"","scenarios":[{"__proto__":{"polluted":true},"name":"a","request":{}}]}`),
  'scenario fields are closed too',
);
error(
  'bad-expect',
  'invalid-state',
  packJson({ ...base, scenarios: [{ name: 'a', request: REQUEST, expect: '<b>allow</b>' }] }),
  'expect is one of three verdicts',
);
error(
  'scenario-without-request',
  'invalid-state',
  packJson({ ...base, scenarios: [{ name: 'a' }] }),
  'a scenario needs a request',
);
error('selected-out-of-range', 'invalid-state', packJson({ ...base, selected: 7 }), 'one scenario, index 7');
error(
  'selected-fraction',
  'invalid-state',
  packJson({ ...base, selected: 0.5 }),
  'an index is a whole number',
);
error(
  'number-out-of-range',
  'invalid-state',
  packText(JSON.stringify(base).replace('"allow"}', '"allow","request":{"n":1e999}}')),
  '1e999 is Infinity in JavaScript',
);
error(
  'view-parameter-unknown-value',
  'invalid-state',
  `${encodeShareFragment(base)}&view=admin`,
  'only view=review and view=edit',
);
error(
  'view-parameter-markup',
  'invalid-state',
  `${encodeShareFragment(base)}&view=<script>alert(1)</script>`,
  'markup in the clear parameter',
);
error(
  'view-parameter-twice',
  'invalid-state',
  `${encodeShareFragment(base)}&view=review&view=edit`,
  'the view named twice',
);
error(
  'unknown-parameter',
  'invalid-state',
  `${encodeShareFragment(base)}&redirect=javascript:alert(1)`,
  'no other parameters',
);

// 5. Over the limits, including decompression bombs.
error(
  'fragment-too-long',
  'too-large',
  `v1.${'A'.repeat(70_000)}`,
  'over 65,536 characters: refused before decoding',
);
error(
  'bomb-46-mib-of-zeros',
  'too-large',
  pack(new Uint8Array(46 * MiB)),
  'a real bomb that fits in a link: unpacking stops at 1 MiB',
);
error(
  'bomb-json-string-30-mib',
  'too-large',
  packText(`{"policyText":"${'A'.repeat(30 * MiB)}","scenarios":[]}`),
  'a bomb that starts as a valid state',
);
error('bomb-50-mib-of-zeros', 'too-large', pack(new Uint8Array(50 * MiB)), 'too long a link to even unpack');
error(
  'nesting-500k-brackets',
  'too-large',
  packText('['.repeat(500_000)),
  'refused before JSON.parse sees it',
);
error(
  'nesting-40-levels-in-request',
  'too-large',
  packJson(withRequest(JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`))),
  'deeper than 32 levels',
);
error(
  'scenarios-1001',
  'too-large',
  packJson({ ...base, scenarios: Array.from({ length: 1001 }, (_, i) => ({ name: `s${i}`, request: {} })) }),
  'one over the scenario limit',
);
error(
  'scenarios-40000',
  'too-large',
  packText(`{"policyText":"","scenarios":[${Array(40_000).fill('{"name":"","request":{}}').join(',')}]}`),
  'a huge scenario count',
);
error(
  'request-values-100001',
  'too-large',
  packJson(withRequest(Array(100_001).fill(0))),
  'too many values in requests',
);
error(
  'policy-text-300k',
  'too-large',
  packJson({ ...base, policyText: 'A'.repeat(300_000) }),
  'over 262,144 characters of policy',
);
error(
  'role-3000',
  'too-large',
  packJson({ ...base, role: `arn:aws:iam::111122223333:role/${'a'.repeat(3000)}` }),
  'ARNs are at most 2,048 characters',
);
error(
  'name-2000',
  'too-large',
  packJson(withName('<b>'.repeat(700))),
  'scenario names are at most 1,024 characters',
);
error(
  'request-string-9000',
  'too-large',
  packJson(withRequest({ ...REQUEST, context: { 'aws:Referer': 'x'.repeat(9000) } })),
  'request strings are at most 8,192 characters',
);

// 6. Format v2: two versions for review (`&base=`) and the caller policies.
const baseOf = (value) => packJson(value).slice(3);
const v2 = (state) => encodeShareFragment(state);
const twoVersions = {
  ...base,
  base: { policyText: POLICY.replace('111122223333', '210987654321'), role: base.role },
  view: 'review',
};
const reviewLink = v2(twoVersions);
const [reviewHead] = reviewLink.split('&');
const callerState = {
  ...base,
  callerPolicies: {
    [base.scenarios[0].name]: {
      identity: [
        { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] },
      ],
      expect: 'allow',
    },
  },
};
ok('v2-two-versions-for-review', reviewLink, 'the base version travels in &base=, checked like the payload');
ok(
  'v2-base-before-view-or-after',
  `${reviewHead}&view=review&base=${baseOf(twoVersions.base)}`,
  'parameters in any order',
);
ok('v2-caller-policies', v2(callerState), 'the caller side of a scenario, as the trust file holds it');
for (const [kind, text] of Object.entries(MARKUP)) {
  ok(
    `markup-${kind}-in-base-policy`,
    v2({ ...base, base: { policyText: `{"Comment": "${text}"}` } }),
    `the old policy text holds ${JSON.stringify(text)}`,
  );
  ok(
    `markup-${kind}-in-caller-policies`,
    v2({
      ...base,
      callerPolicies: {
        [base.scenarios[0].name]: {
          identity: [{ Statement: [{ Sid: text, Effect: text, Action: text, Resource: text }] }],
        },
      },
    }),
    `caller policies hold ${JSON.stringify(text)}`,
  );
}
ok(
  'proto-key-inside-caller-policies',
  packText(
    JSON.stringify({
      ...base,
      callerPolicies: { [base.scenarios[0].name]: { identity: [{ ['__proto__']: { isAdmin: true } }] } },
    }),
    'v2.',
  ),
  'an own "__proto__" key in a caller policy stays a plain key',
);
const damage = (data) => `${reviewHead}&base=${data}&view=review`;
const goodBase = baseOf(twoVersions.base);
baseError('v2-base-empty', 'truncated', damage(''), 'nothing after base=');
baseError('v2-base-cut-short', 'truncated', damage(goodBase.slice(0, -6)), 'the old version was cut off');
baseError(
  'v2-base-bad-character',
  'corrupt',
  damage(`${goodBase.slice(0, 10)}<${goodBase.slice(11)}`),
  'a character base64url never has',
);
baseError(
  'v2-base-checksum-mismatch',
  'corrupt',
  damage(
    (() => {
      const bytes = Buffer.from(goodBase, 'base64url');
      bytes[0] ^= 0xff;
      return bytes.toString('base64url');
    })(),
  ),
  'the checksum of the old version does not match',
);
baseError(
  'v2-base-not-json',
  'corrupt',
  damage(packText('not json').slice(3)),
  'inflates to text that is not JSON',
);
baseError(
  'v2-base-unknown-field',
  'invalid-state',
  damage(baseOf({ policyText: '{}', scenarios: [] })),
  'the old version has only policyText and role',
);
baseError('v2-base-not-an-object', 'invalid-state', damage(baseOf(['{}'])), 'the old version is an object');
baseError(
  'v2-base-policy-text-300k',
  'too-large',
  damage(baseOf({ policyText: 'A'.repeat(300_000) })),
  'the same limit as the new version',
);
baseError(
  'v2-base-bomb',
  'too-large',
  damage(pack(new Uint8Array(30 * MiB)).slice(3)),
  'a decompression bomb in the old version stops at 1 MiB',
);
baseError(
  'v2-base-deep',
  'too-large',
  damage(packText('['.repeat(100)).slice(3)),
  'nesting refused before JSON.parse',
);
error(
  'v2-base-twice',
  'invalid-state',
  `${reviewHead}&base=${goodBase}&base=${goodBase}`,
  'the old version given twice',
);
error(
  'v1-with-base',
  'invalid-state',
  `${encodeShareFragment(base)}&base=${goodBase}`,
  'format v1 has no base parameter',
);
error(
  'v2-unknown-field',
  'invalid-state',
  packText(JSON.stringify({ ...base, owner: 'x' }), 'v2.'),
  'v2 is closed as well',
);
error('v1-with-caller-policies', 'invalid-state', packJson(callerState), 'caller policies need format v2');
error(
  'v2-caller-policies-not-an-object',
  'invalid-state',
  packText(JSON.stringify({ ...base, callerPolicies: [] }), 'v2.'),
  'callerPolicies is an object of scenario names',
);
error(
  'v2-caller-policies-more-than-scenarios',
  'too-large',
  packText(
    JSON.stringify({
      ...base,
      callerPolicies: Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`s${i}`, {}])),
    }),
    'v2.',
  ),
  'at most one entry per scenario',
);
error(
  'v2-damaged-head-with-good-base',
  'corrupt',
  `v2.${reviewHead.slice(3, 20)}!${reviewHead.slice(21)}&base=${goodBase}`,
  'the new version itself damaged: nothing opens',
);

// Refuse to write a corpus whose expectations the decoder does not meet.
const wrong = entries.filter((e) => {
  const result = decodeShareFragment(e.fragment);
  if (e.expect !== 'ok') return result.ok || result.error.code !== e.code;
  return !result.ok || result.state.baseError?.code !== e.baseError;
});
if (wrong.length > 0) {
  for (const e of wrong) {
    const r = decodeShareFragment(e.fragment);
    console.error(
      `${e.name}: expected ${e.code ?? e.baseError ?? 'ok'}, got ${r.ok ? `ok ${r.state.baseError?.code ?? ''}` : `${r.error.code}: ${r.error.message}`}`,
    );
  }
  process.exit(1);
}
const names = new Set(entries.map((e) => e.name));
if (names.size !== entries.length) throw new Error('duplicate entry names');
writeFileSync(OUT, `${JSON.stringify(entries, null, 2)}\n`);
console.log(
  `wrote ${entries.length} entries (${entries.filter((e) => e.expect === 'ok').length} ok) to ${OUT}`,
);

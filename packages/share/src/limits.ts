/**
 * Every bound a share link is checked against. A link is untrusted input that anyone can craft,
 * so each bound caps the work and memory one link can cost the page that opens it. The encoder
 * checks the same bounds, so every link Trustwright writes is one it can read back.
 */
export const SHARE_LIMITS = {
  /** Characters of the fragment (after '#'). Checked first, before any decoding work. */
  maxFragmentChars: 65_536,
  /** UTF-8 bytes of the payload once inflated; enforced while inflating, so a bomb stops here. */
  maxPayloadBytes: 1_048_576,
  /** UTF-16 code units of the policy text (AWS itself takes at most 4,096; the editor may hold more). */
  maxPolicyChars: 262_144,
  /** The role ARN: IAM ARNs are at most 2,048 characters. */
  maxRoleChars: 2_048,
  maxScenarios: 1_000,
  /** A scenario name, and a `selected` given as a name. */
  maxNameChars: 1_024,
  /** Any string (value or object key) inside a scenario's request. */
  maxStringChars: 8_192,
  /** Nesting of arrays and objects in the whole payload; the payload itself is level 1. */
  maxDepth: 32,
  /** JSON values inside all requests together, so what the app has to render stays bounded. */
  maxRequestValues: 100_000,
} as const;

/** Links longer than this get cut off by some chat and mail programs; the app warns above it. */
export const LONG_LINK_WARNING_CHARS = 8_000;

// Policies more than one spec needs.

/** A policy whose link cannot compress below 8,000 characters: many random-looking external IDs. */
export function longPolicy(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // xorshift32: deterministic, and without the short cycles of an LCG's low bits.
  let seed = 20261205;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return alphabet[(seed >>> 0) % 64] ?? 'A';
  };
  const ids = Array.from({ length: 160 }, () => Array.from({ length: 64 }, next).join(''));
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': ids } },
        },
      ],
    },
    null,
    2,
  );
}

/**
 * GitHub's default `sub` claim formats (semantics reference §5.4, §8.5), in both forms GitHub
 * issues: names only (`repo:OWNER/REPO:...`), and immutable subject claims, which append the
 * owner's and the repository's IDs (`repo:OWNER@OWNER-ID/REPO@REPO-ID:...`, GitHub's OIDC
 * reference, "Immutable subject claims"; the default for repositories created after 15 July 2026).
 */
export const REF_KINDS = ['branch', 'environment', 'tag', 'pull_request'] as const;
export type RefKind = (typeof REF_KINDS)[number];

export const SUBJECT_FORMATS = ['names', 'immutable'] as const;
export type SubjectFormat = (typeof SUBJECT_FORMATS)[number];

export const ISSUER = 'token.actions.githubusercontent.com';

/** `name` or `name@id`: how an owner or repository appears in the subject. */
export function withId(name: string, id: string | undefined): string {
  return id === undefined || id === '' ? name : `${name}@${id}`;
}

/** `org` and `repo` are already in their subject form (with `@ID` for immutable subjects). */
export function subjectFor(org: string, repo: string, kind: RefKind, ref: string): string {
  const head = `repo:${org}/${repo}`;
  switch (kind) {
    case 'branch':
      return `${head}:ref:refs/heads/${ref}`;
    case 'tag':
      return `${head}:ref:refs/tags/${ref}`;
    case 'environment':
      return `${head}:environment:${ref}`;
    case 'pull_request':
      return `${head}:pull_request`;
  }
}

export interface ParsedSubject {
  readonly org: string;
  /** The owner's ID in an immutable subject; undefined in the names-only format. */
  readonly ownerId: string | undefined;
  readonly repo: string;
  readonly repoId: string | undefined;
  readonly kind: RefKind;
  readonly ref: string;
}

const SUBJECT =
  /^repo:([^/:@]+)(?:@([0-9]+))?\/([^:@]+)(?:@([0-9]+))?:(?:ref:refs\/heads\/(.+)|ref:refs\/tags\/(.+)|environment:(.+)|(pull_request))$/;

export function parseSubject(sub: string): ParsedSubject | undefined {
  const m = SUBJECT.exec(sub);
  if (m === null) return undefined;
  const head = { org: m[1] as string, ownerId: m[2], repo: m[3] as string, repoId: m[4] };
  if (m[5] !== undefined) return { ...head, kind: 'branch', ref: m[5] };
  if (m[6] !== undefined) return { ...head, kind: 'tag', ref: m[6] };
  if (m[7] !== undefined) return { ...head, kind: 'environment', ref: m[7] };
  return { ...head, kind: 'pull_request', ref: '' };
}

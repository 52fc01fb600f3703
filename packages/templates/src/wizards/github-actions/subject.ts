/** GitHub's default `sub` claim formats (semantics reference §5.4, §8.5). */
export const REF_KINDS = ['branch', 'environment', 'tag', 'pull_request'] as const;
export type RefKind = (typeof REF_KINDS)[number];

export const ISSUER = 'token.actions.githubusercontent.com';

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
  readonly repo: string;
  readonly kind: RefKind;
  readonly ref: string;
}

const SUBJECT =
  /^repo:([^/:]+)\/([^:]+):(?:ref:refs\/heads\/(.+)|ref:refs\/tags\/(.+)|environment:(.+)|(pull_request))$/;

export function parseSubject(sub: string): ParsedSubject | undefined {
  const m = SUBJECT.exec(sub);
  if (m === null) return undefined;
  const org = m[1] as string;
  const repo = m[2] as string;
  if (m[3] !== undefined) return { org, repo, kind: 'branch', ref: m[3] };
  if (m[4] !== undefined) return { org, repo, kind: 'tag', ref: m[4] };
  if (m[5] !== undefined) return { org, repo, kind: 'environment', ref: m[5] };
  return { org, repo, kind: 'pull_request', ref: '' };
}

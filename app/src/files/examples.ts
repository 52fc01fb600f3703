/**
 * The seed examples (examples/*.trust.json at the repository root), bundled as text so that
 * they open exactly as written and never need the network.
 */
const files = import.meta.glob<string>('../../../examples/*.trust.json', {
  query: '?raw',
  import: 'default',
});

export interface ExampleEntry {
  readonly id: string;
  readonly title: string;
  readonly load: () => Promise<string>;
}

const TITLES: Record<string, string> = {
  'third-party-auditor': 'Third-party auditor',
  'org-wide-role': 'Org-wide role',
  'ec2-service-role': 'EC2 service role',
  'saml-federation': 'SAML federation',
  'github-actions': 'GitHub Actions',
};

export const EXAMPLES: readonly ExampleEntry[] = Object.entries(files)
  .map(([path, load]) => {
    const id = /([^/]+)\.trust\.json$/.exec(path)?.[1] ?? path;
    return { id, title: TITLES[id] ?? id, load };
  })
  .sort(
    (a, b) => (Object.keys(TITLES).indexOf(a.id) + 1 || 99) - (Object.keys(TITLES).indexOf(b.id) + 1 || 99),
  );

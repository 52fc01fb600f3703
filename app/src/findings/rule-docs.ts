/**
 * The rule catalogue's doc pages (packages/core/src/lint/rules/<id>/README.md), bundled as
 * text, one small chunk each, loaded when a finding's doc is opened: offline and no CDN.
 */
const pages = import.meta.glob<string>('../../../packages/core/src/lint/rules/*/README.md', {
  query: '?raw',
  import: 'default',
});

const byRule = new Map<string, () => Promise<string>>();
for (const [path, load] of Object.entries(pages)) {
  const id = /rules\/([^/]+)\/README\.md$/.exec(path)?.[1];
  if (id !== undefined) byRule.set(id, load);
}

export function hasRuleDoc(code: string): boolean {
  return byRule.has(code);
}

export async function loadRuleDoc(code: string): Promise<string | undefined> {
  return byRule.get(code)?.();
}

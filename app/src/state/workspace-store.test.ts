import { beforeEach, describe, expect, it, vi } from 'vitest';

// The store reads localStorage when its module loads: load a fresh copy per test.
async function freshStore() {
  vi.resetModules();
  return import('./workspace-store');
}

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
});

const shared = {
  policyText: '{"Version":"2012-10-17","Statement":[]}',
  role: 'arn:aws:iam::444455556666:role/Shared',
  scenarios: [],
  selectedId: undefined,
  suppressions: [],
};

describe('workspace store', () => {
  it('autosaves and reloads the work', async () => {
    const a = await freshStore();
    a.useWorkspace.getState().setPolicyText('{"mine": true');
    a.useWorkspace
      .getState()
      .addScenario({ name: 'one', request: { principal: { AWS: 'x' } }, expect: 'allow' });
    vi.advanceTimersByTime(200);
    const b = await freshStore();
    expect(b.useWorkspace.getState().policyText).toBe('{"mine": true');
    expect(b.useWorkspace.getState().scenarios.map((s) => s.name)).toEqual(['one']);
    expect(b.useWorkspace.getState().selectedId).toBe(b.useWorkspace.getState().scenarios[0]?.id);
  });

  it('keeps an unreadable autosave aside instead of dropping it', async () => {
    localStorage.setItem('trustwright:workspace:v1', '{"policyText": 42');
    const a = await freshStore();
    expect(a.useWorkspace.getState().notices[0]?.tone).toBe('error');
    expect(localStorage.getItem(a.UNREADABLE_AUTOSAVE_KEY)).toBe('{"policyText": 42');
  });

  it('replacing keeps the previous work restorable, both ways', async () => {
    const a = await freshStore();
    const store = a.useWorkspace;
    store.getState().setPolicyText('mine');
    store.getState().replace(shared, 'a link');
    expect(store.getState().policyText).toBe(shared.policyText);
    store.getState().restorePrevious();
    expect(store.getState().policyText).toBe('mine');
    store.getState().restorePrevious();
    expect(store.getState().policyText).toBe(shared.policyText);
  });

  it('the reviewer view never autosaves, and Edit a copy keeps the own work', async () => {
    const a = await freshStore();
    const store = a.useWorkspace;
    store.getState().setPolicyText('mine');
    vi.advanceTimersByTime(200);
    store.getState().review(shared);
    store.getState().setRole('ignored while reviewing?');
    vi.advanceTimersByTime(200);
    a.flushAutosave();
    expect(JSON.parse(localStorage.getItem(a.AUTOSAVE_KEY) ?? '{}').policyText).toBe('mine');
    store.getState().editCopy();
    vi.advanceTimersByTime(200);
    expect(JSON.parse(localStorage.getItem(a.AUTOSAVE_KEY) ?? '{}').policyText).toBe(shared.policyText);
    store.getState().restorePrevious();
    expect(store.getState().policyText).toBe('mine');
  });

  it('duplicates next to the original with a fresh name, and deleting selects a neighbour', async () => {
    const { useWorkspace } = await freshStore();
    const s = useWorkspace.getState();
    const first = s.addScenario({ name: 'a', request: {}, expect: undefined });
    s.addScenario({ name: 'b', request: {}, expect: undefined });
    useWorkspace.getState().duplicateScenario(first);
    expect(useWorkspace.getState().scenarios.map((x) => x.name)).toEqual(['a', 'a (copy)', 'b']);
    useWorkspace.getState().duplicateScenario(first);
    expect(useWorkspace.getState().scenarios.map((x) => x.name)).toEqual([
      'a',
      'a (copy) (2)',
      'a (copy)',
      'b',
    ]);
    const selected = useWorkspace.getState().selectedId;
    if (selected === undefined) throw new Error('nothing selected');
    useWorkspace.getState().deleteScenario(selected);
    expect(
      useWorkspace.getState().scenarios.find((x) => x.id === useWorkspace.getState().selectedId)?.name,
    ).toBe('a (copy)');
  });
});

import { create } from 'zustand';
import { safeLocalStorage } from './browser-storage';
import { readStoredWorkspace } from './stored-workspace';
import {
  type AcceptedFinding,
  INITIAL_WORKSPACE,
  newScenarioId,
  type ScenarioDraft,
  uniqueName,
  type Workspace,
} from './workspace';

export const AUTOSAVE_KEY = 'trustwright:workspace:v1';
/** A copy of an autosave that could not be read, kept so nothing is silently lost. */
export const UNREADABLE_AUTOSAVE_KEY = 'trustwright:workspace:unreadable';

/** Where the work before the last Open, example or link is kept, so replacing never loses it. */
export const PREVIOUS_KEY = 'trustwright:workspace:previous';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly text: string;
  /** Offers to bring back the work that the last replace put aside. */
  readonly offerRestore?: boolean;
}

interface WorkspaceActions {
  setPolicyText(text: string): void;
  setRole(role: string): void;
  suppress(finding: AcceptedFinding): void;
  unsuppress(code: string, path: string | undefined): void;
  addScenario(scenario: Omit<ScenarioDraft, 'id'>): string;
  updateScenario(id: string, scenario: Omit<ScenarioDraft, 'id'>): void;
  duplicateScenario(id: string): void;
  deleteScenario(id: string): void;
  select(id: string | undefined): void;
  /**
   * Replaces everything (Open, Examples, share links). The work it replaces is kept aside (in
   * memory and in this browser's storage) and the notice offers to restore it.
   */
  replace(workspace: Workspace, what: string): void;
  restorePrevious(): void;
  /**
   * Shows someone else's work read-only (a reviewer link). Autosave pauses, so the user's own
   * saved work stays as it was.
   */
  review(workspace: Workspace): void;
  /** Leaves the reviewer view with an editable copy; the user's own work is kept restorable. */
  editCopy(): void;
  notify(tone: Notice['tone'], text: string): void;
  dismiss(id: number): void;
}

export type WorkspaceStore = Workspace &
  WorkspaceActions & {
    readonly notices: readonly Notice[];
    /** True in the reviewer view: nothing can be edited and nothing is autosaved. */
    readonly readOnly: boolean;
  };

const storage = safeLocalStorage(() => {
  useWorkspace
    .getState()
    .notify(
      'error',
      'Autosave failed: this browser refused to store the work (private mode or full storage).',
    );
});

function loadAutosave(): { workspace: Workspace; lost: boolean } {
  const raw = storage.get(AUTOSAVE_KEY);
  if (raw === undefined) return { workspace: INITIAL_WORKSPACE, lost: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const workspace = readStoredWorkspace(parsed);
  if (workspace !== undefined) return { workspace, lost: false };
  storage.set(UNREADABLE_AUTOSAVE_KEY, raw);
  return { workspace: INITIAL_WORKSPACE, lost: true };
}

let noticeId = 0;
const initial = loadAutosave();

export const useWorkspace = create<WorkspaceStore>()((set, get) => ({
  ...initial.workspace,
  readOnly: false,
  notices: initial.lost
    ? [
        {
          id: ++noticeId,
          tone: 'error',
          text: `The autosaved work could not be read; a copy is kept in this browser under "${UNREADABLE_AUTOSAVE_KEY}".`,
        },
      ]
    : [],
  setPolicyText: (policyText) => set({ policyText }),
  setRole: (role) => set({ role }),
  suppress: (finding) =>
    set((s) => ({
      suppressions: [
        ...s.suppressions.filter((x) => !(x.code === finding.code && x.path === finding.path)),
        finding,
      ],
    })),
  unsuppress: (code, path) =>
    set((s) => ({ suppressions: s.suppressions.filter((x) => !(x.code === code && x.path === path)) })),
  addScenario: (scenario) => {
    const id = newScenarioId();
    set((s) => ({ scenarios: [...s.scenarios, { ...scenario, id }], selectedId: id }));
    return id;
  },
  updateScenario: (id, scenario) =>
    set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === id ? { ...scenario, id } : x)) })),
  duplicateScenario: (id) => {
    const { scenarios } = get();
    const index = scenarios.findIndex((x) => x.id === id);
    const original = scenarios[index];
    if (original === undefined) return;
    const copy: ScenarioDraft = {
      ...original,
      id: newScenarioId(),
      name: uniqueName(
        `${original.name} (copy)`,
        scenarios.map((x) => x.name),
      ),
    };
    set({
      scenarios: [...scenarios.slice(0, index + 1), copy, ...scenarios.slice(index + 1)],
      selectedId: copy.id,
    });
  },
  deleteScenario: (id) =>
    set((s) => {
      const index = s.scenarios.findIndex((x) => x.id === id);
      const scenarios = s.scenarios.filter((x) => x.id !== id);
      const neighbour = scenarios[Math.min(index, scenarios.length - 1)];
      return { scenarios, selectedId: s.selectedId === id ? neighbour?.id : s.selectedId };
    }),
  select: (selectedId) => set({ selectedId }),
  replace: (workspace, what) => {
    // In the reviewer view the screen shows someone else's work: the user's own is the autosave.
    const previous = get().readOnly ? storage.get(AUTOSAVE_KEY) : JSON.stringify(workspaceOf(get()));
    if (previous !== undefined) storage.set(PREVIOUS_KEY, previous);
    set((s) => ({
      ...workspace,
      readOnly: false,
      notices: [
        ...s.notices.filter((n) => !n.offerRestore).slice(-4),
        {
          id: ++noticeId,
          tone: 'info',
          text: `Opened ${what}. Your previous work is kept.`,
          offerRestore: true,
        },
      ],
    }));
  },
  restorePrevious: () => {
    const raw = storage.get(PREVIOUS_KEY);
    let parsed: unknown;
    try {
      parsed = raw === undefined ? undefined : JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const previous = readStoredWorkspace(parsed);
    if (previous === undefined) {
      get().notify('error', 'There is no previous work to restore.');
      return;
    }
    // Swapping keeps the replaced copy restorable too: nothing is ever dropped by a restore.
    storage.set(PREVIOUS_KEY, JSON.stringify(workspaceOf(get())));
    set((s) => ({
      ...previous,
      readOnly: false,
      notices: [
        ...s.notices.filter((n) => !n.offerRestore).slice(-4),
        {
          id: ++noticeId,
          tone: 'info',
          text: 'Restored your previous work. The other copy is kept.',
          offerRestore: true,
        },
      ],
    }));
  },
  // The reviewer banner says what is shown; no notice needed.
  review: (workspace) => set({ ...workspace, readOnly: true }),
  editCopy: () => {
    // The user's own work is what autosave last wrote, not what is on screen.
    const own = storage.get(AUTOSAVE_KEY);
    if (own !== undefined) storage.set(PREVIOUS_KEY, own);
    set((s) => ({
      readOnly: false,
      notices: [
        ...s.notices.filter((n) => !n.offerRestore).slice(-4),
        {
          id: ++noticeId,
          tone: 'info',
          text: 'You are editing a copy of the shared work. Your previous work is kept.',
          offerRestore: own !== undefined,
        },
      ],
    }));
  },
  notify: (tone, text) => set((s) => ({ notices: [...s.notices.slice(-4), { id: ++noticeId, tone, text }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/** The part autosave keeps. */
export function workspaceOf(state: Workspace): Workspace {
  const { policyText, role, scenarios, selectedId, suppressions } = state;
  return { policyText, role, scenarios, selectedId, suppressions };
}

// Autosave on every change, at most once per animation-free tick: a burst of keystrokes writes once.
let pending: ReturnType<typeof setTimeout> | undefined;
let lastSaved = '';
useWorkspace.subscribe((state) => {
  if (pending !== undefined || state.readOnly) return;
  pending = setTimeout(() => {
    pending = undefined;
    if (useWorkspace.getState().readOnly) return;
    const text = JSON.stringify(workspaceOf(useWorkspace.getState()));
    if (text !== lastSaved && storage.set(AUTOSAVE_KEY, text)) lastSaved = text;
  }, 150);
});

/** Writes now (before unload), so the last keystroke is never lost. */
export function flushAutosave(): void {
  if (pending !== undefined) clearTimeout(pending);
  pending = undefined;
  if (useWorkspace.getState().readOnly) return;
  storage.set(AUTOSAVE_KEY, JSON.stringify(workspaceOf(useWorkspace.getState())));
}

import { create } from 'zustand';
import { safeLocalStorage } from '../state/browser-storage';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'trustwright:theme';
const storage = safeLocalStorage();

function systemDark(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true
  );
}

interface ThemeState {
  readonly choice: ThemeChoice;
  readonly dark: boolean;
  choose(choice: ThemeChoice): void;
}

const stored = storage.get(KEY);
const initial: ThemeChoice = stored === 'light' || stored === 'dark' ? stored : 'system';

export const useTheme = create<ThemeState>()((set) => ({
  choice: initial,
  dark: initial === 'dark' || (initial === 'system' && systemDark()),
  choose: (choice) => {
    storage.set(KEY, choice);
    set({ choice, dark: choice === 'dark' || (choice === 'system' && systemDark()) });
  },
}));

// "System" follows the operating system while the page is open, not only at load.
if (typeof window !== 'undefined' && typeof window.matchMedia === 'function') {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
    if (useTheme.getState().choice === 'system') useTheme.setState({ dark: e.matches });
  });
}

/** Applies the theme to the document (CSS variables switch on `data-theme`). */
export function applyTheme(dark: boolean): void {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

/**
 * localStorage that never throws: private windows, full quotas and disabled storage must not
 * break editing. A failed write is reported once through `onWriteError`.
 */
export interface SafeStorage {
  get(key: string): string | undefined;
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

export function safeLocalStorage(onWriteError: (error: unknown) => void = () => {}): SafeStorage {
  let warned = false;
  const store = (): Storage | undefined => {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    get(key) {
      try {
        return store()?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        store()?.setItem(key, value);
        warned = false;
        return true;
      } catch (error) {
        if (!warned) onWriteError(error);
        warned = true;
        return false;
      }
    },
    remove(key) {
      try {
        store()?.removeItem(key);
      } catch {
        // Nothing to clean up if storage is unavailable.
      }
    },
  };
}

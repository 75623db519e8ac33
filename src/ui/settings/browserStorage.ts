/** What the browser says about this site's storage; null where it does not say. */
export interface StorageStatus {
  /** Whether the browser keeps the site's data even when space runs low. */
  persisted: boolean | null;
  /** Bytes this site uses, and may use at most. */
  usage: number | null;
  quota: number | null;
}

export const UNKNOWN_STORAGE: StorageStatus = { persisted: null, usage: null, quota: null };

/** The Storage API of this browser, if it has one (not in older browsers, nor outside secure contexts). */
export function browserStorage(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/**
 * Ask the browser whether the site's storage is persistent and how much it
 * uses. Each part may be missing or refuse (Safari, private windows): that
 * part is then unknown, never an error.
 */
export async function readStorageStatus(storage: StorageManager | null = browserStorage()): Promise<StorageStatus> {
  if (!storage) return UNKNOWN_STORAGE;
  const [persisted, estimate] = await Promise.all([
    typeof storage.persisted === 'function' ? storage.persisted().catch(() => null) : null,
    typeof storage.estimate === 'function' ? storage.estimate().catch(() => null) : null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Ask the browser to keep this site's storage. Chromium answers at once from
 * how the site is used (installed, bookmarked, often visited); Firefox asks
 * the person. Null when the browser cannot be asked.
 */
export async function requestPersistence(storage: StorageManager | null = browserStorage()): Promise<boolean | null> {
  if (!storage || typeof storage.persist !== 'function') return null;
  return storage.persist().catch(() => null);
}

import { err, type Result } from '../core/result';
import { Refusal } from './Refusal';

/** What kind of trouble the browser's storage is in, each with its own advice. */
export type StorageFailureKind = 'quota' | 'unavailable' | 'newer-version' | 'closed' | 'other';

export interface StorageFailure {
  kind: StorageFailureKind;
  /** A sentence or two a person can act on. */
  message: string;
}

const UNAVAILABLE =
  'This browser does not let Quotemark keep its library here: IndexedDB, where the library lives, is missing or turned off. ' +
  'This happens in some private windows and when a browser blocks site data. ' +
  'Open Quotemark in a normal window, or allow this site to store data, then reload the page.';

const QUOTA =
  'The browser has no room left for the library (this site’s storage quota is full), so nothing of this change was saved. ' +
  'Export the library to keep a copy, free space (delete articles you no longer need, or clear other sites’ data), then try again.';

const QUOTA_ON_OPEN =
  'The browser has no room left for the library (this site’s storage quota is full), so it could not be opened. ' +
  'Free space (clear other sites’ data, or disk space), then reload the page.';

const NEWER =
  'The library in this browser was saved by a newer version of Quotemark than the one in this tab. Reload the page to get the newer version.';

const CLOSED =
  'The library was closed in this tab, usually because Quotemark was updated in another tab. Reload the page to carry on; everything saved before is kept.';

// Dexie wraps the browser's error (an aborted transaction's QuotaExceededError,
// an open's MissingAPIError) in its own: the cause is somewhere down `inner`.
function errorChain(error: unknown): { name: string; message: string }[] {
  const chain: { name: string; message: string }[] = [];
  for (let e: unknown = error; e && typeof e === 'object' && chain.length < 5; e = (e as { inner?: unknown }).inner) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    chain.push({ name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' });
  }
  return chain;
}

const KIND_OF_NAME: Record<string, StorageFailureKind> = {
  QuotaExceededError: 'quota',
  // Firefox's name for it, seen in older versions.
  NS_ERROR_DOM_QUOTA_REACHED: 'quota',
  MissingAPIError: 'unavailable',
  // Firefox's private windows refused IndexedDB with InvalidStateError;
  // browsers that block site data throw SecurityError on open.
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  VersionError: 'newer-version',
  DatabaseClosedError: 'closed',
};
// The most telling cause wins, wherever it sits in the chain.
const PRIORITY: StorageFailureKind[] = ['quota', 'unavailable', 'newer-version', 'closed'];

/**
 * Turn an error thrown by Dexie or IndexedDB into a plain-English message:
 * a full quota, storage that is missing or refused, a library saved by a
 * newer version, a library closed for another tab's upgrade, or anything
 * else with the browser's own words. `during` says whether a write or the
 * opening of the library failed.
 */
export function describeStorageFailure(error: unknown, during: 'write' | 'open' = 'write'): StorageFailure {
  const chain = errorChain(error);
  const kinds = new Set(
    chain.map(({ name, message }) => KIND_OF_NAME[name] ?? (/quota/i.test(message) ? 'quota' : undefined)).filter((k) => k !== undefined),
  );
  const kind = PRIORITY.find((k) => kinds.has(k)) ?? 'other';
  switch (kind) {
    case 'quota':
      return { kind, message: during === 'open' ? QUOTA_ON_OPEN : QUOTA };
    case 'unavailable':
      return { kind, message: UNAVAILABLE };
    case 'newer-version':
      return { kind, message: NEWER };
    case 'closed':
      return { kind, message: CLOSED };
    case 'other': {
      const cause = chain.at(-1);
      const words = (cause?.message || cause?.name || String(error)).replace(/\.$/, '');
      const message =
        during === 'open'
          ? `The browser could not open the library (${words}). Reload the page; if it keeps happening, close other Quotemark tabs or restart the browser.`
          : `The browser’s storage failed, so nothing of this change was saved (${words}). Try again; if it keeps happening, reload the page.`;
      return { kind, message };
    }
  }
}

/**
 * Await a write and return a storage failure (quota, closed database) as an
 * error value with its message, like a refusal, instead of a rejection the
 * person never sees. A failed write was one transaction: nothing of it stays.
 */
export async function catchStorageFailure<T, E = string>(write: Promise<Result<T, E>>): Promise<Result<T, E | string>> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Refusal) return err(error.message);
    return err(describeStorageFailure(error).message);
  }
}

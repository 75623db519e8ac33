import type { Result } from '../../core/result';
import { Refusal } from './Refusal';

/** What kind of trouble the browser's storage is in; the UI has advice for each. */
export type StorageFailureKind = 'quota' | 'unavailable' | 'newer-version' | 'closed' | 'other';

/**
 * A condition of the browser's storage, as data: which kind, and the
 * browser's own words for the cause (shown for `other`, which has no advice
 * of its own). Wording is the UI's (`storageFailureMessage`).
 */
export interface StorageFailure {
  code: 'storage-failure';
  kind: StorageFailureKind;
  detail: string;
}

interface Link {
  name: string;
  message: string;
}

// Dexie wraps the browser's error (an aborted transaction's QuotaExceededError,
// an open's MissingAPIError) in its own: the cause is somewhere down `inner`.
function errorChain(error: unknown): Link[] {
  const chain: Link[] = [];
  for (let e: unknown = error; e && typeof e === 'object' && chain.length < 5; e = (e as { inner?: unknown }).inner) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    chain.push({ name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' });
  }
  return chain;
}

/** Names that say what is wrong with the storage, wherever they sit in the chain. */
const KIND_OF_NAME: Record<string, Exclude<StorageFailureKind, 'other'>> = {
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
  VersionChangeError: 'closed',
};

/**
 * Names of the storage failing without saying why (Dexie.errnames and the
 * IndexedDB DOMException names): the disk, the backing store, a transaction
 * the browser aborted or timed out, an open that failed. They count only as
 * the innermost cause: an AbortError that wraps a TypeError is a bug that
 * aborted its transaction. The rest of Dexie's names (Constraint, Data,
 * DataClone, ReadOnly, TransactionInactive, PrematureCommit, Schema,
 * InvalidTable, InvalidArgument, Bulk, Modify, …) mean code asked the
 * database for something wrong: bugs, not conditions of the storage.
 */
const UNTOLD_STORAGE_FAILURES = new Set([
  'UnknownError',
  'AbortError',
  'TimeoutError',
  'OpenFailedError',
  'NotReadableError',
]);

// The most telling cause wins, wherever it sits in the chain.
const PRIORITY: Exclude<StorageFailureKind, 'other'>[] = ['quota', 'unavailable', 'newer-version', 'closed'];

function kindOf({ name, message }: Link): StorageFailureKind | undefined {
  const kind = KIND_OF_NAME[name];
  if (kind) return kind;
  // Some browsers report a full quota as an UnknownError or AbortError with words only.
  if (UNTOLD_STORAGE_FAILURES.has(name)) return /quota/i.test(message) ? 'quota' : 'other';
  return undefined;
}

function failure(kind: StorageFailureKind, chain: Link[], error: unknown): StorageFailure {
  const cause = chain.at(-1);
  return { code: 'storage-failure', kind, detail: (cause?.message || cause?.name || String(error)).replace(/\.$/, '') };
}

/**
 * The storage condition an error reports (a full quota, storage missing or
 * refused, a library saved by a newer version or closed for another tab, or
 * the storage failing in the browser's own words), or null when the error is
 * not one: a bug (a TypeError, a Dexie error for a wrong request) that must
 * reach an error boundary instead of passing for the browser's fault.
 */
export function storageFailureOf(error: unknown): StorageFailure | null {
  const chain = errorChain(error);
  const kinds = new Set(chain.map(kindOf));
  const telling = PRIORITY.find((k) => kinds.has(k));
  if (telling) return failure(telling, chain, error);
  const innermost = chain.at(-1);
  return innermost && UNTOLD_STORAGE_FAILURES.has(innermost.name) ? failure('other', chain, error) : null;
}

/**
 * Why the library could not be opened. Anything that stops the open is
 * reported (the app cannot run without it), a bug in an upgrade included.
 */
export function openFailureOf(error: unknown): StorageFailure {
  return storageFailureOf(error) ?? failure('other', errorChain(error), error);
}

/**
 * Await a write and return its refusal as it came and a storage failure
 * (quota, closed database) as its data, instead of a rejection the person
 * never sees. A failed write was one transaction: nothing of it stays.
 * Anything else is a bug and rejects as it came, for an error boundary.
 */
export async function catchStorageFailure<T, E = string>(
  write: Promise<Result<T, E>>,
): Promise<Result<T, E | string | StorageFailure>> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    const storage = storageFailureOf(error);
    if (storage) return { ok: false, error: storage };
    throw error;
  }
}

/** Whether an error value is a storage failure (not the write's own refusal). */
export function isStorageFailure(error: unknown): error is StorageFailure {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'storage-failure';
}

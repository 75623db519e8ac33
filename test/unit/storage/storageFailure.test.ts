import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../src/core/result';
import { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { Refusal } from '../../../src/storage/database/Refusal';
import { catchStorageFailure, openFailureOf, storageFailureOf } from '../../../src/storage/database/storageFailure';
import { openTestDatabase } from './testDatabase';

const quota = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

describe('storageFailureOf', () => {
  it('finds a full quota however Dexie wraps it, and says so with a code', () => {
    for (const error of [
      quota(),
      new Dexie.AbortError('Transaction aborted', quota()),
      new Dexie.DatabaseClosedError(new Dexie.AbortError(quota())),
    ]) {
      expect(storageFailureOf(error)).toMatchObject({ code: 'storage-failure', kind: 'quota' });
    }
    expect(storageFailureOf(new DOMException('Quota exceeded.', 'UnknownError'))?.kind).toBe('quota');
  });

  it('finds a browser without IndexedDB, or one that refuses it (private window, site data blocked)', async () => {
    // Node has no indexedDB of its own: Dexie refuses as a browser without it would.
    const db = new QuotemarkDatabase(`no-idb-${crypto.randomUUID()}`, { IDBKeyRange });
    const error: unknown = await db.open().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'MissingAPIError' });
    for (const e of [
      error,
      new Dexie.OpenFailedError(new DOMException('denied', 'SecurityError')),
      new DOMException('no mutations', 'InvalidStateError'),
    ]) {
      expect(storageFailureOf(e)?.kind).toBe('unavailable');
    }
  });

  it('finds a library closed in this tab, or saved by a newer version', async () => {
    const db = openTestDatabase();
    await db.open();
    db.close();
    const closed: unknown = await db.articles.count().catch((e: unknown) => e);
    expect(closed).toMatchObject({ name: 'DatabaseClosedError' });
    expect(storageFailureOf(closed)).toMatchObject({ code: 'storage-failure', kind: 'closed' });
    expect(
      storageFailureOf(new DOMException('The requested version is less than the existing version.', 'VersionError'))
        ?.kind,
    ).toBe('newer-version');
  });

  it('keeps the browser’s own words for a storage that fails without saying why', () => {
    const backingStore = new Dexie.OpenFailedError(
      new DOMException('Internal error opening backing store.', 'UnknownError'),
    );
    expect(storageFailureOf(backingStore)).toEqual({
      code: 'storage-failure',
      kind: 'other',
      detail: 'Internal error opening backing store',
    });
    expect(storageFailureOf(new Dexie.AbortError('Transaction aborted by the browser'))?.kind).toBe('other');
  });

  it('does not take a bug for a storage failure: a TypeError, a wrong request to the database, a bug that aborted a transaction', () => {
    const bugs: unknown[] = [
      new TypeError('Cannot read properties of undefined (reading “id”)'),
      new RangeError('Invalid array length'),
      new TypeError('quota is not a function'),
      new Dexie.ConstraintError('Key already exists in the object store.'),
      new Dexie.DataCloneError('() => 1 could not be cloned.'),
      new Dexie.AbortError('Transaction aborted', new TypeError('x is undefined')),
      'disk on fire',
    ];
    for (const bug of bugs) expect(storageFailureOf(bug)).toBeNull();
  });
});

describe('openFailureOf', () => {
  it('reports whatever stopped the library from opening, a bug in an upgrade included, in its own words', () => {
    expect(openFailureOf(new TypeError('upgrade went wrong.'))).toEqual({
      code: 'storage-failure',
      kind: 'other',
      detail: 'upgrade went wrong',
    });
    expect(openFailureOf(quota()).kind).toBe('quota');
  });
});

describe('catchStorageFailure', () => {
  it('returns results as they are, a refusal as its sentence and a storage failure as its data', async () => {
    expect(await catchStorageFailure(Promise.resolve(ok(1)))).toEqual(ok(1));
    expect(await catchStorageFailure(Promise.resolve(err('No.')))).toEqual(err('No.'));
    expect(await catchStorageFailure(Promise.reject(new Refusal('Refused.')))).toEqual(err('Refused.'));
    expect(await catchStorageFailure(Promise.reject(new Dexie.AbortError(quota())))).toEqual(
      err(expect.objectContaining({ code: 'storage-failure', kind: 'quota' })),
    );
  });

  it('returns a write to a closed library as a closed-library failure', async () => {
    const db = openTestDatabase();
    await db.open();
    db.close();
    const write = db.transaction('rw', db.topics, async () => {
      await db.topics.put({ id: 't1', label: 'Sanctions' });
      return ok(undefined);
    });
    expect(await catchStorageFailure(write)).toEqual(
      err(expect.objectContaining({ code: 'storage-failure', kind: 'closed' })),
    );
  });

  it('lets a bug inside a write reject as it came, and writes nothing of it', async () => {
    const db = openTestDatabase();
    const bug = new TypeError('Cannot read properties of undefined (reading “label”)');
    const write = db.transaction('rw', db.topics, async () => {
      await db.topics.put({ id: 't1', label: 'Sanctions' });
      throw bug;
    });
    await expect(catchStorageFailure(write)).rejects.toBe(bug);
    expect(await db.topics.count()).toBe(0);
  });
});

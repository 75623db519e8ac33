import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../src/core/result';
import { QuotemarkDatabase } from '../../../src/storage/QuotemarkDatabase';
import { Refusal } from '../../../src/storage/Refusal';
import { catchStorageFailure, describeStorageFailure } from '../../../src/storage/storageFailure';
import { openTestDatabase } from './testDatabase';

const quota = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

describe('describeStorageFailure', () => {
  it('says the storage is full, and that nothing was saved, for a quota error however Dexie wraps it', () => {
    for (const error of [quota(), new Dexie.AbortError('Transaction aborted', quota()), new Dexie.DatabaseClosedError(new Dexie.AbortError(quota()))]) {
      const failure = describeStorageFailure(error);
      expect(failure.kind).toBe('quota');
      expect(failure.message).toMatch(/no room left/);
      expect(failure.message).toMatch(/nothing of this change was saved/);
      expect(failure.message).toMatch(/Export the library/);
    }
    expect(describeStorageFailure(new DOMException('Quota exceeded.', 'UnknownError')).kind).toBe('quota');
  });

  it('explains a browser without IndexedDB (private window, site data blocked)', async () => {
    // Node has no indexedDB of its own: Dexie refuses as a browser without it would.
    const db = new QuotemarkDatabase(`no-idb-${crypto.randomUUID()}`, { IDBKeyRange });
    const error: unknown = await db.open().catch((e: unknown) => e);
    expect((error as Error).name).toBe('MissingAPIError');
    for (const e of [error, new Dexie.OpenFailedError(new DOMException('denied', 'SecurityError')), new DOMException('no mutations', 'InvalidStateError')]) {
      const failure = describeStorageFailure(e);
      expect(failure.kind).toBe('unavailable');
      expect(failure.message).toMatch(/IndexedDB, where the library lives, is missing or turned off/);
      expect(failure.message).toMatch(/private windows/);
    }
  });

  it('asks for a reload when the library is closed or was saved by a newer version', async () => {
    const db = openTestDatabase();
    await db.open();
    db.close();
    const closed: unknown = await db.articles.count().catch((e: unknown) => e);
    expect(describeStorageFailure(closed)).toMatchObject({ kind: 'closed', message: expect.stringMatching(/Reload the page/) });
    const newer = describeStorageFailure(new DOMException('The requested version is less than the existing version.', 'VersionError'));
    expect(newer).toMatchObject({ kind: 'newer-version', message: expect.stringMatching(/newer version of Quotemark.*Reload/) });
  });

  it('passes on the browser’s own words for anything else', () => {
    expect(describeStorageFailure(new Dexie.OpenFailedError(new DOMException('Internal error opening backing store.', 'UnknownError'))).message).toBe(
      'The browser’s storage failed, so nothing of this change was saved (Internal error opening backing store). Try again; if it keeps happening, reload the page.',
    );
    expect(describeStorageFailure('disk on fire').message).toMatch(/\(disk on fire\)/);
  });

  it('speaks of opening, not of a change, when the library could not be opened', () => {
    expect(describeStorageFailure(new DOMException('Internal error opening backing store.', 'UnknownError'), 'open').message).toBe(
      'The browser could not open the library (Internal error opening backing store). Reload the page; if it keeps happening, close other Quotemark tabs or restart the browser.',
    );
    expect(describeStorageFailure(quota(), 'open').message).toMatch(/no room left .* could not be opened/);
  });
});

describe('catchStorageFailure', () => {
  it('returns results as they are, and a refusal or a storage failure as an error value', async () => {
    expect(await catchStorageFailure(Promise.resolve(ok(1)))).toEqual(ok(1));
    expect(await catchStorageFailure(Promise.resolve(err('No.')))).toEqual(err('No.'));
    expect(await catchStorageFailure(Promise.reject(new Refusal('Refused.')))).toEqual(err('Refused.'));
    const full = await catchStorageFailure(Promise.reject(new Dexie.AbortError(quota())));
    expect(full.ok).toBe(false);
    expect(!full.ok && full.error).toMatch(/no room left/);
  });
});

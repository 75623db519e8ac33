import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { storageFailureOf } from '../../../src/storage/database/storageFailure';
import {
  BLOCKED_MESSAGE,
  DELETED_ELSEWHERE_MESSAGE,
  UPGRADED_ELSEWHERE_MESSAGE,
  watchDatabase,
  type DatabaseCondition,
} from '../../../src/storage/database/watchDatabase';
import { QuotemarkDatabase as QuotemarkDatabaseV1 } from '../../fixtures/storage/v1/src/storage/QuotemarkDatabase';
import v1Records from '../../fixtures/storage/v1/records.json';

/** Watch a database, collecting every condition reported. */
function watch(db: QuotemarkDatabase): DatabaseCondition[] {
  const seen: DatabaseCondition[] = [];
  onTestFinished(watchDatabase(db, (c) => seen.push(c)));
  return seen;
}
const states = (seen: DatabaseCondition[]) => seen.map((c) => c.state);

/** A plain IndexedDB connection, as another tab (or an old Quotemark ignoring versionchange) holds it. */
function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function uniqueName(): string {
  const name = `quotemark-watch-${crypto.randomUUID()}`;
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      }),
  );
  return name;
}

describe('watchDatabase', () => {
  it('reports opening, then ready', async () => {
    const db = new QuotemarkDatabase(uniqueName(), { indexedDB, IDBKeyRange });
    const seen = watch(db);
    await vi.waitFor(() => expect(states(seen)).toEqual(['opening', 'ready']));
    db.close();
  });

  it('reports a browser without IndexedDB, or one whose indexedDB.open throws, as unavailable', async () => {
    const missing = watch(new QuotemarkDatabase(uniqueName(), { IDBKeyRange }));
    const refusing = {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    };
    const refused = watch(
      new QuotemarkDatabase(uniqueName(), { indexedDB: refusing as unknown as IDBFactory, IDBKeyRange }),
    );
    for (const seen of [missing, refused]) {
      await vi.waitFor(() =>
        expect(seen.at(-1)).toMatchObject({
          state: 'failed',
          failure: { code: 'storage-failure', kind: 'unavailable' },
        }),
      );
    }
  });

  it('reports an open that fails for another reason in the browser’s words', async () => {
    const failing = {
      open: () => {
        // What Chromium reports when its database files cannot be read.
        const request = {
          error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'),
        } as unknown as IDBOpenDBRequest;
        setTimeout(() =>
          request.onerror?.({ target: request, preventDefault() {}, stopPropagation() {} } as unknown as Event),
        );
        return request;
      },
    };
    const seen = watch(
      new QuotemarkDatabase(uniqueName(), { indexedDB: failing as unknown as IDBFactory, IDBKeyRange }),
    );
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ state: 'failed', failure: { kind: 'other' } }), {
      timeout: 5000,
    });
    expect(seen.at(-1)).toMatchObject({
      failure: { detail: 'Internal error opening backing store for indexedDB.open' },
    });
  });

  it('waits, saying why, while another tab holds version 1 open; then upgrades with every record intact', async () => {
    const name = uniqueName();
    const v1 = new QuotemarkDatabaseV1(name, { indexedDB, IDBKeyRange });
    await v1.statements.bulkAdd(v1Records.tables.statements as never[]);
    v1.close();
    // Dexie 1 is IndexedDB 10; this connection ignores versionchange, as a stuck old tab would.
    const oldTab = await rawOpen(name, 10);

    const db = new QuotemarkDatabase(name, { indexedDB, IDBKeyRange });
    const seen = watch(db);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ state: 'blocked', message: BLOCKED_MESSAGE }));
    expect(BLOCKED_MESSAGE).toMatch(/open in another tab with an older version/);
    expect(BLOCKED_MESSAGE).toMatch(/Close or reload the other Quotemark tabs/);
    expect(db.isOpen()).toBe(false);

    oldTab.close();
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ state: 'ready' }));
    expect(db.verno).toBe(8);
    expect(await db.statements.toArray()).toEqual(v1Records.tables.statements);
    db.close();
  });

  it('closes for good, asking for a reload, when another tab opens a newer version', async () => {
    const name = uniqueName();
    const db = new QuotemarkDatabase(name, { indexedDB, IDBKeyRange });
    const seen = watch(db);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ state: 'ready' }));

    // The next version, in Dexie's numbering (ten times ours): the upgrade goes through at once, not blocked by this tab.
    const next = (db.verno + 1) * 10;
    const newerTab = await rawOpen(name, next);
    expect(seen.at(-1)).toEqual({ state: 'closed', message: UPGRADED_ELSEWHERE_MESSAGE });
    expect(UPGRADED_ELSEWHERE_MESSAGE).toMatch(/updated in another tab.*Reload the page/s);
    expect(db.isOpen()).toBe(false);
    // It does not quietly reopen with its older schema.
    const later: unknown = await db.articles.count().catch((e: unknown) => e);
    expect(storageFailureOf(later)?.kind).toBe('closed');
    expect(newerTab.version).toBe(next);
    newerTab.close();

    // Watching again (a remount) does not reopen it either.
    const again = watch(db);
    expect(again).toEqual([{ state: 'closed', message: UPGRADED_ELSEWHERE_MESSAGE }]);
    expect(db.isOpen()).toBe(false);
  });

  it('says so when another tab deletes the library', async () => {
    const name = `quotemark-watch-${crypto.randomUUID()}`;
    const db = new QuotemarkDatabase(name, { indexedDB, IDBKeyRange });
    const seen = watch(db);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ state: 'ready' }));
    await new Promise((resolve) => {
      indexedDB.deleteDatabase(name).onsuccess = resolve;
    });
    expect(seen.at(-1)).toEqual({ state: 'closed', message: DELETED_ELSEWHERE_MESSAGE });
  });
});

/**
 * The import floor: the records put with one raw IndexedDB transaction into
 * a database with the same stores and indexes as the app's, so the floor
 * pays for the same index upkeep and nothing else.
 */
const STORES: Record<string, string[]> = {
  articles: ['createdAt', 'textSha256', 'title'],
  speakers: ['name', 'aliases'],
  topics: ['label'],
  statements: ['articleId', 'speakerId', 'topicId'],
};

let opened: Promise<IDBDatabase> | undefined;

function openFloorDatabase(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open('quotemark-bench-floor', 1);
    request.onupgradeneeded = () => {
      for (const [name, indexes] of Object.entries(STORES)) {
        const store = request.result.createObjectStore(name, { keyPath: 'id' });
        for (const index of indexes) store.createIndex(index, index, { multiEntry: index === 'aliases' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  return opened;
}

function inOneTransaction(db: IDBDatabase, work: (tx: IDBTransaction) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(Object.keys(STORES), 'readwrite');
    work(tx);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
}

/** Empty the floor database (untimed, between runs). */
export async function rawFloorClear(): Promise<void> {
  const db = await openFloorDatabase();
  await inOneTransaction(db, (tx) => {
    for (const name of Object.keys(STORES)) tx.objectStore(name).clear();
  });
}

/** Put every record of a parsed envelope with one raw transaction. */
export async function rawFloorImport(envelope: Record<string, { id: string }[]>): Promise<void> {
  const db = await openFloorDatabase();
  await inOneTransaction(db, (tx) => {
    for (const name of Object.keys(STORES)) {
      const store = tx.objectStore(name);
      for (const record of envelope[name] ?? []) store.put(record);
    }
  });
}

/**
 * A second export floor: the app's own store read with raw getAll calls in
 * one transaction. What reading 10,000 records out of IndexedDB costs at
 * least, before any serialising.
 */
export async function rawAppRead(): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('quotemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const names = Object.keys(STORES);
  const tx = db.transaction(names, 'readonly');
  const tables = await Promise.all(
    names.map(
      (name) =>
        new Promise<[string, unknown[]]>((resolve, reject) => {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => resolve([name, request.result as unknown[]]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        }),
    ),
  );
  db.close();
  return Object.fromEntries(tables);
}

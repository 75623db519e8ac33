/**
 * A third export floor: the library's records as one JSON text, stored as
 * UTF-8 bytes in 128 kB values in a database of their own. Of the layouts
 * measured (values of 2–512 kB; strings, objects or bytes), this is the one
 * Chromium reads back fastest, so reading it, decoding, parsing and
 * stringifying is about the least an export out of IndexedDB can cost.
 */
const CHUNK_BYTES = 128 * 1024;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('request failed'));
  });
}

let opened: Promise<IDBDatabase> | undefined;

function openBytesDatabase(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open('quotemark-bench-bytes', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('chunks');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  return opened;
}

/** Store the records' JSON text in 128 kB byte chunks (untimed set-up). */
export async function writeBytesFloor(records: unknown): Promise<void> {
  const bytes = new TextEncoder().encode(JSON.stringify(records));
  const db = await openBytesDatabase();
  const tx = db.transaction('chunks', 'readwrite');
  const store = tx.objectStore('chunks');
  store.clear();
  for (let at = 0, key = 0; at < bytes.length; at += CHUNK_BYTES, key++)
    store.put(bytes.slice(at, at + CHUNK_BYTES).buffer, key);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
}

/** Read every chunk in one transaction and parse the records back. */
export async function readBytesFloor(): Promise<unknown> {
  const db = await openBytesDatabase();
  const chunks = await request(db.transaction('chunks').objectStore('chunks').getAll());
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks as ArrayBuffer[]) text += decoder.decode(chunk, { stream: true });
  return JSON.parse(text + decoder.decode());
}

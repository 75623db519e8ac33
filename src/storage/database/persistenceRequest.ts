import type { PersistenceRequest } from './LibraryMeta';
import type { QuotemarkDatabase } from './QuotemarkDatabase';

/** The last request for persistent storage and its answer, or null if the app never asked. */
export async function readPersistenceRequest(db: QuotemarkDatabase): Promise<PersistenceRequest | null> {
  const row = await db.meta.get('persistence');
  return row?.key === 'persistence' ? row : null;
}

/** Record that the browser was asked to keep this site's storage, and what it answered. */
export async function notePersistenceRequested(
  db: QuotemarkDatabase,
  granted: boolean,
  now: Date = new Date(),
): Promise<void> {
  await db.meta.put({ key: 'persistence', askedAt: now.toISOString(), granted });
}

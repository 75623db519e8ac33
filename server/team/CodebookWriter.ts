import * as Y from 'yjs';
import type { DocumentStore } from '../store/DocumentStore';

/** Where the live document is, when a server has it loaded. */
export type LiveDocument = (name: string) => Y.Doc | undefined;

/**
 * A change the server itself makes to a document (the coders list, a new
 * project's settings): made on a copy, appended to the store, and only then
 * applied to the live document, if one is loaded, so its clients receive it
 * through the usual broadcast. Stored first, as every client update is.
 */
export async function writeDocument(
  store: DocumentStore,
  live: LiveDocument,
  name: string,
  change: (doc: Y.Doc) => void,
): Promise<void> {
  const current = live(name);
  const base = new Y.Doc();
  if (current) Y.applyUpdate(base, Y.encodeStateAsUpdate(current));
  else for (const update of (await store.load(name)).updates) Y.applyUpdate(base, update);
  const before = Y.encodeStateVector(base);
  base.transact(() => change(base));
  const update = Y.encodeStateAsUpdate(base, before);
  base.destroy();
  await store.append(name, update);
  const now = live(name);
  if (now) Y.applyUpdate(now, update, 'quotemark-server');
}

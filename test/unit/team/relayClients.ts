import * as Y from 'yjs';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import type { TeamSync } from '../../../src/storage/team/TeamSync';
import { eventually } from './eventually';

/** A device in the team tests: its library and its sync engine. */
export interface SyncClient {
  db: QuotemarkDatabase;
  sync: TeamSync;
}

/** Everything carried and stored. */
export async function settled({ db, sync }: SyncClient): Promise<void> {
  await eventually(
    () => db.teamOutbox.count(),
    (n) => n === 0,
  );
  await sync.settled();
}

/** What a server does: hand every document of one client's project to another (as updates from outside). */
export async function relay(project: string, from: SyncClient, to: SyncClient): Promise<void> {
  await settled(from);
  const source = from.sync.project(project);
  const target = to.sync.project(project);
  if (!source || !target) throw new Error('project not running');
  for (const [name, open] of source.docs.docs) {
    const into = target.docs.open(name);
    if (!into) continue;
    Y.applyUpdate(into.doc, Y.encodeStateAsUpdate(open.doc, Y.encodeStateVector(into.doc)), 'relay');
  }
  await settled(to);
}

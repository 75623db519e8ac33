import type { Table } from 'dexie';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';

/**
 * The tables a pass of the sync client writes, in one transaction: its own
 * (teamUpdates among them, which tells teamOutboxMiddleware the writes came
 * from a server) and the library's.
 */
export function TEAM_TABLES(db: QuotemarkDatabase): Table[] {
  return [
    db.teamProjects,
    db.teamUpdates,
    db.teamOutbox,
    db.teamPending,
    db.teamLayers,
    db.teamStatus,
    db.teamGold,
    db.articles,
    db.speakers,
    db.topics,
    db.statements,
  ];
}

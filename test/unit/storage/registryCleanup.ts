import { createSpeaker } from '../../../src/storage/repositories/speakerRepository';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import {
  addValidArticle,
  BLINKEN_QUOTE,
  draftFor,
  HUA_QUOTE,
  mustSave,
  openTestDatabase,
  SANCTIONS,
  SASSE_QUOTE,
  TREASURY_QUOTE,
} from './testDatabase';

export const GENOCIDE = 'China commits genocide in Xinjiang';
export const JUNK = 'Sanctions over';

/**
 * A library to clean up: Ben Sasse with one statement, Hua with one, and
 * three topics, one of them a near-duplicate ("Sanctions over") that one
 * statement was filed under.
 */
export async function registryLibrary(): Promise<{
  db: QuotemarkDatabase;
  ids: Record<'sasse' | 'hua' | 'blinken' | 'treasury', string>;
}> {
  const db = openTestDatabase();
  const article = await addValidArticle(db);
  const made = async (id: string, name: string) => {
    const created = await createSpeaker(db, { name, kind: 'person' }, new Date('2026-04-01T08:00:00Z'), () => id);
    if (!created.ok) throw new Error(created.error);
  };
  await made('sasse', 'Ben Sasse');
  await made('hua', 'Hua Chunying');
  await db.topics.bulkAdd([
    { id: 'sanctions', label: SANCTIONS },
    { id: 'genocide', label: GENOCIDE },
    { id: 'junk', label: JUNK, description: 'Typed by mistake.' },
  ]);
  const sasse = await mustSave(
    db,
    draftFor(article, SASSE_QUOTE, {
      speaker: { id: 'sasse' },
      topic: { id: 'genocide' },
      stance: 'favor',
      claim: 'Xi is guilty',
    }),
  );
  const hua = await mustSave(
    db,
    draftFor(article, HUA_QUOTE, { speaker: { id: 'hua' }, topic: { id: 'genocide' }, stance: 'against' }),
  );
  const blinken = await mustSave(
    db,
    draftFor(article, BLINKEN_QUOTE, { speaker: { id: 'hua' }, topic: { id: 'junk' }, stance: 'favor' }),
  );
  const treasury = await mustSave(
    db,
    draftFor(article, TREASURY_QUOTE, { speaker: null, topic: { id: 'sanctions' }, stance: 'favor' }),
  );
  return { db, ids: { sasse: sasse.id, hua: hua.id, blinken: blinken.id, treasury: treasury.id } };
}

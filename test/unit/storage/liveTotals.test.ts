// Dexie finds IndexedDB when it loads: the global must be there first.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { listSpeakerSummaries } from '../../../src/storage/repositories/speakerRepository';
import { readLibraryArticles } from '../../../src/storage/reads/readLibraryArticles';
import { addValidArticle, draftFor, HUA_QUOTE, mustSave, openTestDatabase, SASSE_QUOTE } from './testDatabase';

describe('the Speakers and Library lists, live', () => {
  it('follow saves made while they are watched: the derived rows are written in the save’s own transaction', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db);
    const seen: string[] = [];
    const errors: unknown[] = [];
    const watched = liveQuery(async () => {
      const [speakers, library] = await Promise.all([listSpeakerSummaries(db), readLibraryArticles(db)]);
      return `${speakers.map((s) => `${s.speaker.name}:${s.statementCount}/${s.articleCount}`).join(',')} | ${library.summaries[0]?.statementCount}`;
    }).subscribe({ next: (v) => seen.push(v), error: (e: unknown) => errors.push(e) });
    await mustSave(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }));
    await mustSave(db, draftFor(article, SASSE_QUOTE, { speaker: { newName: 'Ben Sasse' } }));
    await expect.poll(() => seen.at(-1)).toBe('Ben Sasse:1/1,Hua Chunying:1/1 | 2');
    watched.unsubscribe();
    expect(errors).toEqual([]);
  });
});

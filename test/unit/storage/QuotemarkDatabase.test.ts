import { describe, expect, it, onTestFinished } from 'vitest';
import { getArticle, listArticleSummaries } from '../../../src/storage/repositories/articleRepository';
import { listSpeakers } from '../../../src/storage/repositories/speakerRepository';
import { listStatementsForArticle, saveStatement } from '../../../src/storage/repositories/statementRepository';
import { addValidArticle, draftFor, HUA_QUOTE, openTestDatabase, reopenTestDatabase } from './testDatabase';

describe('QuotemarkDatabase', () => {
  it('declares the library tables, meta, the derived tables and the team tables with their indexes at version 8', async () => {
    const db = openTestDatabase();
    await db.open();
    expect(db.verno).toBe(8);
    const indexes = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.src).sort()]));
    expect(indexes).toEqual({
      articles: ['createdAt', 'textSha256', 'title'],
      speakers: ['*aliases', 'name'],
      topics: ['label'],
      statements: ['articleId', 'createdAt', 'speakerId', 'topicId'],
      meta: [],
      stanceIndex: [],
      statementPacks: ['articleId'],
      statementTallies: [],
      articleSummaries: [],
      registryTotals: [],
      speakerListings: [],
      teamProjects: [],
      teamUpdates: ['doc'],
      teamOutbox: [],
      teamPending: ['projectId'],
      teamLayers: ['[projectId+articleId]'],
      teamStatus: [],
      teamGold: ['[projectId+articleId]'],
    });
  });

  it('finds a speaker by any alias through the multi-entry index', async () => {
    const db = openTestDatabase();
    const stamp = '2026-01-01T00:00:00.000Z';
    await db.speakers.add({
      id: 's',
      name: 'Antony Blinken',
      aliases: ['Blinken', 'Secretary of State Antony Blinken'],
      kind: 'person',
      createdAt: stamp,
      updatedAt: stamp,
    });
    expect((await db.speakers.where('aliases').equals('Blinken').toArray()).map((s) => s.id)).toEqual(['s']);
  });

  it('keeps records across closing and reopening', async () => {
    const name = `quotemark-reopen-${crypto.randomUUID()}`;
    const db = openTestDatabase(name);
    const article = await addValidArticle(db);
    const saved = await saveStatement(db, draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }));
    if (!saved.ok) throw new Error(saved.error);
    db.close();

    const reopened = reopenTestDatabase(name);
    onTestFinished(() => reopened.close());
    expect(await getArticle(reopened, article.id)).toEqual(article);
    expect(await listStatementsForArticle(reopened, article.id)).toEqual([saved.value.statement]);
    expect((await listSpeakers(reopened)).map((s) => s.name)).toEqual(['Hua Chunying']);
    expect((await listArticleSummaries(reopened))[0]?.statementCount).toBe(1);
  });
});

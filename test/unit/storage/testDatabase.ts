import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { onTestFinished } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { ArticleInput } from '../../../src/core/articles/prepareArticle';
import type { Article } from '../../../src/core/model/article';
import type { StatementDraft } from '../../../src/core/statements/statementDraft';
import type { Statement } from '../../../src/core/model/statement';
import { addArticle } from '../../../src/storage/repositories/articleRepository';
import { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { saveStatement } from '../../../src/storage/repositories/statementRepository';
import gold from '../../fixtures/corpus/us-sanctions-xinjiang.gold.json';

/** The seed article as scraped: the input every part of the app must take. */
export const SAMPLE_INPUT: ArticleInput = {
  title: gold.title,
  text: gold.text,
  source: 'The Hill',
  publishedAt: gold.date,
};

/** Open a database of its own under fake-indexeddb; deleted when the test ends. */
export function openTestDatabase(name = `quotemark-test-${crypto.randomUUID()}`): QuotemarkDatabase {
  const db = new QuotemarkDatabase(name, { indexedDB, IDBKeyRange });
  onTestFinished(() => db.delete());
  return db;
}

/** Reopen a database by name, as a page reload would. */
export function reopenTestDatabase(name: string): QuotemarkDatabase {
  return new QuotemarkDatabase(name, { indexedDB, IDBKeyRange });
}

/** Predictable ids: prefix-1, prefix-2, … */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** Add an article that must be valid, and return it. */
export async function addValidArticle(
  db: QuotemarkDatabase,
  input: ArticleInput = SAMPLE_INPUT,
  now = new Date('2026-01-01T10:00:00Z'),
): Promise<Article> {
  const added = await addArticle(db, input, now);
  if (!added.ok) throw new Error(added.error);
  return added.value;
}

/** A draft highlighting the first occurrence of `exact` in the article. */
export function draftFor(article: Article, exact: string, fields: Partial<StatementDraft> = {}): StatementDraft {
  const start = article.text.indexOf(exact);
  const quote = createAnchor(article.text, start, start + exact.length);
  if (start === -1 || !quote) throw new Error(`"${exact}" is not in the article`);
  return { articleId: article.id, quote, speaker: null, kind: 'direct', topic: null, ...fields };
}

/** Quotes of the seed article, as its answer key gives them. */
export const HUA_QUOTE = 'The door to Xinjiang is always open.';
export const SASSE_QUOTE = 'Chairman Xi has blood on his hands.';
export const BLINKEN_QUOTE = 'continues to commit genocide and crimes against humanity in Xinjiang.';
export const TREASURY_QUOTE = 'serious human rights abuses';

export const SANCTIONS = 'Sanctions on Chinese officials over Xinjiang';

/** Save a draft that must be accepted. */
export async function mustSave(
  db: QuotemarkDatabase,
  draft: StatementDraft,
  now = new Date('2026-04-01T09:00:00Z'),
  newId = sequentialIds(crypto.randomUUID()),
): Promise<Statement> {
  const saved = await saveStatement(db, draft, now, newId);
  if (!saved.ok) throw new Error(saved.error);
  return saved.value.statement;
}

/** How many speakers, topics and statements are stored. */
export async function tableCounts(
  db: QuotemarkDatabase,
): Promise<{ speakers: number; topics: number; statements: number }> {
  return {
    speakers: await db.speakers.count(),
    topics: await db.topics.count(),
    statements: await db.statements.count(),
  };
}

/** Every record in the library, to show that a refusal changed nothing. */
export async function librarySnapshot(db: QuotemarkDatabase): Promise<Record<string, unknown[]>> {
  return {
    articles: await db.articles.toArray(),
    speakers: await db.speakers.toArray(),
    topics: await db.topics.toArray(),
    statements: await db.statements.toArray(),
  };
}

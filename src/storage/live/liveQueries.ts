import type { Article } from '../../core/model/article';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import { getArticle } from '../repositories/articleRepository';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { sharedLiveQuery, type SharedLiveQuery } from '../reads/sharedLiveQuery';
import { listSpeakers, listSpeakerSummaries, type SpeakerSummary } from '../repositories/speakerRepository';
import { listStatementsForArticle } from '../repositories/statementRepository';
import { listTopics } from '../repositories/topicRepository';
import { warmQueries } from '../reads/warmQueries';
import { readLibraryArticles, type LibraryArticles } from '../reads/readLibraryArticles';
import type { ArticleSearchIndex } from '../reads/ArticleSearchIndex';
import { readSearchableArticles } from '../reads/readSearchableArticles';

/** One article, live: null when there is none. */
export function liveArticle(db: QuotemarkDatabase, id: string): SharedLiveQuery<Article | null> {
  return sharedLiveQuery(`${db.name}/article/${id}`, async () => (await getArticle(db, id)) ?? null);
}

/** An article's statements in text order, live. */
export function liveArticleStatements(db: QuotemarkDatabase, articleId: string): SharedLiveQuery<Statement[]> {
  return sharedLiveQuery(`${db.name}/statements-of/${articleId}`, () => listStatementsForArticle(db, articleId));
}

/** The Library's articles with their counts, live (see readLibraryArticles). */
export function liveLibraryArticles(db: QuotemarkDatabase): SharedLiveQuery<LibraryArticles> {
  return sharedLiveQuery(`${db.name}/library-articles`, () => readLibraryArticles(db));
}

/** The Library's search over every article's title and text, live (see readSearchableArticles). */
export function liveSearchableArticles(db: QuotemarkDatabase): SharedLiveQuery<ArticleSearchIndex> {
  return sharedLiveQuery(`${db.name}/searchable-articles`, () => readSearchableArticles(db));
}

/** Start reading the Library's articles before the view is there to watch them. */
export function warmLibraryArticles(db: QuotemarkDatabase): void {
  warmQueries(db, [liveLibraryArticles(db)]);
}

/** Every speaker with their counts, sorted by name, live (see listSpeakerSummaries). */
export function liveSpeakerSummaries(db: QuotemarkDatabase): SharedLiveQuery<SpeakerSummary[]> {
  return sharedLiveQuery(`${db.name}/speaker-summaries`, () => listSpeakerSummaries(db));
}

/** Start reading the Speakers list before the view is there to watch it. */
export function warmSpeakerSummaries(db: QuotemarkDatabase): void {
  warmQueries(db, [liveSpeakerSummaries(db)]);
}

/** The speaker registry sorted by name, live. */
export function liveSpeakers(db: QuotemarkDatabase): SharedLiveQuery<Speaker[]> {
  return sharedLiveQuery(`${db.name}/speakers`, () => listSpeakers(db));
}

/** Every topic sorted by label, live. */
export function liveTopics(db: QuotemarkDatabase): SharedLiveQuery<Topic[]> {
  return sharedLiveQuery(`${db.name}/topics`, () => listTopics(db));
}

/**
 * Start reading what the article view opens with while the view's code is
 * still loading, so that its first render has the article, its statements,
 * the speakers and the topics instead of waiting for them after mounting.
 */
export function warmArticle(db: QuotemarkDatabase, articleId: string): void {
  warmQueries(db, [liveArticle(db, articleId), liveArticleStatements(db, articleId), liveSpeakers(db), liveTopics(db)]);
}

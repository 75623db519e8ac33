import { z } from 'zod';
import { ArticleSchema, MAX_TITLE_LENGTH, type Article } from '../../core/model/article';
import { err, ok, type Result } from '../../core/result';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { withoutUndefined } from '../../core/model/withoutUndefined';

/**
 * The descriptive fields of an article as a person edits them. An optional
 * field left out stays as it is; an empty (or blank) one is cleared.
 */
export interface ArticleDetails {
  title: string;
  source?: string;
  url?: string;
  /** YYYY-MM-DD, or a full ISO 8601 date and time. */
  publishedAt?: string;
  author?: string;
}

type OptionalKey = 'source' | 'url' | 'publishedAt' | 'author';
const OPTIONAL_KEYS: readonly OptionalKey[] = ['source', 'url', 'publishedAt', 'author'];
const MAX_URL_LENGTH = 4000;
const DAY = z.iso.date();
const DATE_TIME = z.iso.datetime({ offset: true });

/** Change an article's title, source, URL, date and author. */
export async function updateArticleDetails(
  db: QuotemarkDatabase,
  articleId: string,
  details: ArticleDetails,
  now: Date = new Date(),
): Promise<Result<Article>> {
  const checked = checkDetails(details);
  if (!checked.ok) return checked;
  const changes = checked.value;
  return db.transaction('rw', db.articles, async (): Promise<Result<Article>> => {
    const article = await db.articles.get(articleId);
    if (!article) return err('That article is not in the library any more.');
    const next: Article = { ...article, title: changes.title, updatedAt: now.toISOString() };
    for (const key of OPTIONAL_KEYS) {
      const value = changes[key];
      // Cleared fields become undefined, and withoutUndefined drops the key.
      if (value !== undefined) next[key] = value ?? undefined;
    }
    const parsed = ArticleSchema.safeParse(next);
    if (!parsed.success) return err(issueSentence('The details could not be saved', parsed.error));
    const record = withoutUndefined(parsed.data);
    await db.articles.put(record);
    return ok(record);
  });
}

/** Trimmed details; null marks a field to clear, undefined one to keep. */
type Changes = { title: string } & { [K in OptionalKey]?: string | null };

function checkDetails(details: ArticleDetails): Result<Changes> {
  const title = details.title.trim();
  if (title === '') return err('The title is empty. Give the article a title.');
  const changes: Changes = { title };
  for (const key of OPTIONAL_KEYS) {
    const raw = details[key];
    if (raw !== undefined) changes[key] = raw.trim() === '' ? null : raw.trim();
  }
  for (const [what, value] of [
    ['title', title],
    ['source', changes.source],
    ['author', changes.author],
  ] as const) {
    if (value && value.length > MAX_TITLE_LENGTH) {
      return err(
        `The ${what} is ${value.length.toLocaleString('en')} characters long; the limit is ${MAX_TITLE_LENGTH}.`,
      );
    }
  }
  if (changes.url && !isWebAddress(changes.url)) {
    return err(
      `“${shorten(changes.url)}” is not a web address. Give a URL starting with http:// or https://, or leave it empty.`,
    );
  }
  const date = changes.publishedAt;
  if (date && !DAY.safeParse(date).success && !DATE_TIME.safeParse(date).success) {
    return err(`“${shorten(date)}” is not a date. Write the published date as YYYY-MM-DD, or leave it empty.`);
  }
  return ok(changes);
}

function isWebAddress(url: string): boolean {
  if (url.length > MAX_URL_LENGTH) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A value quoted in a message, cut short so a pasted essay stays readable. */
function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

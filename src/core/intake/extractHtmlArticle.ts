import type { ArticleInput } from '../articles/prepareArticle';
import { Readability } from '@mozilla/readability';
import { err, ok, type Result } from '../result';
import { BLOCK_SEPARATOR } from '../text/textBlocks';
import { fileNameParts } from './fileNameParts';
import type { HtmlEnvironment } from './htmlEnvironment';
import { htmlBlocks } from './htmlBlocks';
import { isoDateString } from './isoDateString';
import { bylineText, metadataText } from './metadataText';
import { readPageMetadata, type PageMetadata } from './readPageMetadata';
import { sanitiseHtml } from './sanitiseHtml';

/** An article read out of a web page (text as blocks joined by a blank line), ready to add. */
export type ExtractedArticle = ArticleInput;

export type HtmlExtractionError =
  /** The page has text, but no part of it reads as an article; the UI may offer the visible text. */
  { kind: 'no-article'; message: string; visibleText: string; title: string } | { kind: 'unreadable'; message: string };

/** Less article text than this is a teaser, a paywall or a link page, not an article. */
export const MIN_ARTICLE_CHARACTERS = 200;

/**
 * Read the article out of a saved web page. The page is sanitised first, so
 * Readability and everything after it only ever see inert, script-free
 * markup in a document without a browsing context; then the page's metadata
 * is read, Readability finds the article, and its content is sanitised again
 * and turned into paragraphs. A page without an article yields its visible
 * text in the error, for the person to take or leave.
 */
export function extractHtmlArticle(
  html: string,
  env: HtmlEnvironment,
  fileName?: string,
): Result<ExtractedArticle, HtmlExtractionError> {
  const clean = sanitiseHtml(html, env, 'page');
  if (!clean.ok) return err({ kind: 'unreadable', message: clean.error });
  const doc = env.parseHtml(clean.value);
  const meta = readPageMetadata(doc);
  const fallbackTitle = meta.title ?? (fileName ? fileNameParts(fileName).stem : '');
  const found = readArticle(doc, env);
  if (!found || found.text.length < MIN_ARTICLE_CHARACTERS) {
    return err(noArticle(clean.value, env, fallbackTitle || 'Untitled page'));
  }
  return ok({
    ...articleMetadata(meta, found),
    title: found.title || fallbackTitle || 'Untitled page',
    text: found.text,
  });
}

interface FoundArticle {
  title: string;
  text: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
}

/** Readability over the sanitised document (which it rewrites), or null when it finds nothing. */
function readArticle(doc: Document, env: HtmlEnvironment): FoundArticle | null {
  let article;
  try {
    article = new Readability(doc).parse();
  } catch {
    // Readability throws on documents it cannot handle; that is "no article", not a crash.
    return null;
  }
  if (!article) return null;
  const content = sanitiseHtml(article.content ?? '', env, 'fragment');
  let blocks = content.ok ? htmlBlocks(env.parseHtml(content.value).body) : [];
  if (blocks.length === 0) {
    // Only when the markup yields nothing: Readability's plain text, split at blank lines.
    blocks = (article.textContent ?? '')
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter((block) => block !== '');
  }
  return {
    title: metadataText(article.title) ?? '',
    text: blocks.join(BLOCK_SEPARATOR),
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.siteName ? { siteName: article.siteName } : {}),
    ...(article.publishedTime ? { publishedTime: article.publishedTime } : {}),
  };
}

/** The page's own metadata, with what Readability found filling the gaps. */
function articleMetadata(meta: PageMetadata, found: FoundArticle): Omit<ExtractedArticle, 'title' | 'text'> {
  const out: Omit<ExtractedArticle, 'title' | 'text'> = {};
  const source = meta.source ?? metadataText(found.siteName);
  if (source) out.source = source;
  if (meta.url) out.url = meta.url;
  const publishedAt = meta.publishedAt ?? isoDateString(found.publishedTime);
  if (publishedAt) out.publishedAt = publishedAt;
  const author = meta.author ?? bylineText(found.byline);
  if (author) out.author = author;
  return out;
}

function noArticle(cleanHtml: string, env: HtmlEnvironment, title: string): HtmlExtractionError {
  // A fresh parse: Readability has rewritten the first document.
  const visibleText = htmlBlocks(env.parseHtml(cleanHtml).body).join(BLOCK_SEPARATOR);
  if (visibleText === '') return { kind: 'unreadable', message: 'the page has no readable text' };
  return { kind: 'no-article', message: 'no readable article was found in this page', visibleText, title };
}

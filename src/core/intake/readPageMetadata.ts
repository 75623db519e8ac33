import { isoDateString } from './isoDateString';
import { bylineText, metadataText } from './metadataText';

/** What a page says about itself, each only when stated. */
export interface PageMetadata {
  title?: string;
  url?: string;
  publishedAt?: string;
  source?: string;
  author?: string;
}

const MAX_URL_LENGTH = 4000;

// Meta names are matched case-insensitively (`i`): sites write DC.date and dc.date alike.
const DATE_META = [
  'meta[property="article:published_time" i]',
  'meta[name="article:published_time" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="date" i]',
  'meta[name="pubdate" i]',
  'meta[name="publish-date" i]',
  'meta[name="dc.date.issued" i]',
  'meta[name="dc.date" i]',
  'meta[name="sailthru.date" i]',
  'meta[property="og:published_time" i]',
];

const AUTHOR_META = [
  'meta[name="author" i]',
  'meta[property="article:author" i]',
  'meta[name="byl" i]',
  'meta[name="parsely-author" i]',
  'meta[name="sailthru.author" i]',
  'meta[name="dc.creator" i]',
];

/**
 * Read the page's own metadata from its (sanitised) document: Open Graph and
 * article meta tags, the canonical link, `<time datetime>`. Read before
 * Readability runs, since it rewrites the document.
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const meta: PageMetadata = {};
  const title = metadataText(
    content(doc, 'meta[property="og:title" i]') ?? doc.querySelector('head > title')?.textContent,
  );
  if (title) meta.title = title;
  const url = httpUrl(content(doc, 'meta[property="og:url" i]')) ?? httpUrl(canonicalHref(doc));
  if (url) meta.url = url;
  const publishedAt = firstDate(doc);
  if (publishedAt) meta.publishedAt = publishedAt;
  const source = metadataText(
    content(doc, 'meta[property="og:site_name" i]') ?? content(doc, 'meta[name="application-name" i]'),
  );
  if (source) meta.source = source;
  const author = authorOf(doc);
  if (author) meta.author = author;
  return meta;
}

function content(doc: Document, selector: string): string | undefined {
  for (const element of doc.querySelectorAll(selector)) {
    const value = element.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function canonicalHref(doc: Document): string | undefined {
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? ''))
      return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/** Only absolute web addresses: a relative canonical link says nothing without the page's own URL. */
function httpUrl(value: string | undefined): string | undefined {
  if (!value || value.length > MAX_URL_LENGTH) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function firstDate(doc: Document): string | undefined {
  for (const selector of DATE_META) {
    const date = isoDateString(content(doc, selector));
    if (date) return date;
  }
  // A <time> inside the article is likelier its date than one in a sidebar.
  for (const time of [...doc.querySelectorAll('article time[datetime]'), ...doc.querySelectorAll('time[datetime]')]) {
    const date = isoDateString(time.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

function authorOf(doc: Document): string | undefined {
  for (const selector of AUTHOR_META) {
    // Several author tags name several authors; article:author is often a profile URL.
    const names = [...doc.querySelectorAll(selector)]
      .map((element) => bylineText(element.getAttribute('content')))
      .filter((name): name is string => name !== undefined && !/^https?:\/\//i.test(name));
    if (names.length > 0) return metadataText([...new Set(names)].join(', '));
  }
  return undefined;
}

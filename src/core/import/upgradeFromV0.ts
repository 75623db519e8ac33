import { createAnchor } from '../anchoring/createAnchor';

type FileObject = Record<string, unknown>;

/**
 * Upgrade a format-0 file (the pre-release export) to format 1.
 *
 * Format 0 is the same envelope (`format`, `version: 0`, `exportedAt`, `app`,
 * `articles`, `speakers`, `topics`, `statements`) with two differences:
 * - a speaker may lack `aliases` (none then);
 * - a statement names its speaker and topic as `speaker` (id or null) and
 *   `topic` (id, optional) rather than `speakerId` / `topicId`, stores its
 *   quote as `{ start, end, text }` with no context, and has no `cue`,
 *   `origin` or `status` (every v0 statement was made by hand and confirmed);
 *   `tags` is optional.
 * The context of each quote is rebuilt from its article's text when the
 * offsets hold the quote; otherwise it is left empty and the anchor check
 * that follows re-finds the quote. Anything that does not look like format 0
 * is passed through unchanged, for the schema check to report.
 */
export function upgradeFromV0(file: FileObject): FileObject {
  const texts = articleTexts(file.articles);
  return {
    ...file,
    version: 1,
    speakers: mapObjects(file.speakers, (speaker) => ({ ...speaker, aliases: speaker.aliases ?? [] })),
    statements: mapObjects(file.statements, (statement) => upgradeStatement(statement, texts)),
  };
}

function upgradeStatement(statement: FileObject, texts: Map<string, string>): FileObject {
  const { speaker, topic, quote, ...rest } = statement;
  const text = typeof rest.articleId === 'string' ? texts.get(rest.articleId) : undefined;
  return {
    ...rest,
    speakerId: speaker ?? null,
    ...(topic === undefined ? {} : { topicId: topic }),
    quote: upgradeQuote(quote, text),
    tags: rest.tags ?? [],
    origin: 'manual',
    status: 'confirmed',
  };
}

function upgradeQuote(quote: unknown, articleText: string | undefined): unknown {
  if (!isObject(quote)) return quote;
  const { start, end, text } = quote;
  if (typeof start !== 'number' || typeof end !== 'number' || typeof text !== 'string') return quote;
  if (articleText !== undefined && articleText.slice(start, end) === text) {
    const anchor = createAnchor(articleText, start, end);
    if (anchor?.exact === text) return anchor;
  }
  return { start, end, exact: text, prefix: '', suffix: '' };
}

function articleTexts(articles: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  if (!Array.isArray(articles)) return texts;
  for (const article of articles) {
    if (isObject(article) && typeof article.id === 'string' && typeof article.text === 'string') {
      texts.set(article.id, article.text);
    }
  }
  return texts;
}

function mapObjects(list: unknown, upgrade: (item: FileObject) => FileObject): unknown {
  return Array.isArray(list) ? list.map((item) => (isObject(item) ? upgrade(item) : item)) : list;
}

function isObject(value: unknown): value is FileObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import type { LibraryRecords } from '../model/envelope';
import type { Statement } from '../model/statement';
import { compareByTitle } from '../review/compareByTitle';
import { countedStatements, type CountOptions } from '../review/countedStatements';
import { quoteReadingOrder } from '../statements/readingOrder';
import { utf16ToCodePoints } from './codePointOffsets';
import { csvText, type CsvCell } from './csvText';

/** The columns of the statements CSV, in order. */
export const STATEMENT_CSV_FIELDS = [
  'article_title',
  'article_url',
  'published_at',
  'speaker',
  'speaker_role',
  'role_at_time',
  'kind',
  'quote',
  'cue',
  'claim',
  'topic',
  'stance',
  'tags',
  'note',
  'start',
  'end',
  'status',
  'origin',
] as const;

/**
 * One CSV row per statement, ready for R, pandas or a spreadsheet, ordered
 * by article title (compareByTitle), then in the article's reading order
 * (quoteReadingOrder: the sidebar's order). start and end count Unicode
 * code points into the article text (end exclusive), the way Python and R
 * index strings and the W3C export counts, not the UTF-16 units the app
 * stores: they differ after an emoji or other astral character.
 * Only statements that count are written (confirmed; pending suggestions
 * too when `counting` asks); status and origin tell the two apart. With
 * `coderOf` (a team project's statements of every coder), a last column
 * `coder` names who coded each. With `provenance` (a gold layer's
 * statements), two more: `curated_by` and `curated_at`.
 */
export function toStatementsCsv(
  records: LibraryRecords,
  counting: CountOptions = {},
  coderOf?: (statement: Statement) => string | undefined,
  provenance = false,
): string {
  const articles = new Map(records.articles.map((a) => [a.id, a]));
  const speakers = new Map(records.speakers.map((s) => [s.id, s]));
  const topics = new Map(records.topics.map((t) => [t.id, t]));
  const articleOf = (s: Statement) => articles.get(s.articleId) ?? { id: s.articleId, title: '' };
  const ordered = countedStatements(records.statements, counting).sort(
    (a, b) => compareByTitle(articleOf(a), articleOf(b)) || quoteReadingOrder(a, b),
  );
  const rows = ordered.map((s): CsvCell[] => {
    const article = articles.get(s.articleId);
    const speaker = s.speakerId === null ? undefined : speakers.get(s.speakerId);
    return [
      article?.title,
      article?.url,
      article?.publishedAt,
      speaker?.name,
      speaker?.role,
      s.roleAtTime,
      s.kind,
      s.quote.exact,
      s.cue?.exact,
      s.claim,
      s.topicId === undefined ? undefined : topics.get(s.topicId)?.label,
      s.stance,
      s.tags.join('; '),
      s.note,
      article ? utf16ToCodePoints(article.text, s.quote.start) : s.quote.start,
      article ? utf16ToCodePoints(article.text, s.quote.end) : s.quote.end,
      s.status,
      s.origin,
      ...(coderOf ? [coderOf(s)] : []),
      ...(provenance ? [s.provenance?.curatedBy.name, s.provenance?.curatedAt] : []),
    ];
  });
  // A team project's statements of every coder: who coded each, last so the other columns keep their places.
  const extra = [...(coderOf ? ['coder'] : []), ...(provenance ? ['curated_by', 'curated_at'] : [])];
  return csvText([...STATEMENT_CSV_FIELDS, ...extra], rows);
}

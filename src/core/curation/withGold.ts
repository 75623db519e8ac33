import { STANCES, STATEMENT_KINDS } from '../model/statement';
import { StanceColumnsBuilder, stanceColumns, type StanceColumnRecords } from '../review/StanceColumns';
import { stanceEntryOf, type StanceRecords } from '../review/StanceEntry';
import { acceptedGold, type GoldStatement } from './goldStatement';

/**
 * Stance records with the gold layer in place of the coding of each article
 * that has one: those articles' statements give way to their accepted gold
 * statements (the ones the stance views count); other articles keep theirs.
 * The result is in columns, as the stance index is read, whichever shape came in.
 */
export function withGold<R extends StanceRecords | StanceColumnRecords>(
  records: R,
  gold: readonly GoldStatement[],
): R | StanceColumnRecords {
  if (gold.length === 0) return records;
  const curated = new Set(gold.map((g) => g.articleId));
  const columns = stanceColumns(records);
  const builder = new StanceColumnsBuilder(records, columns.length + gold.length);
  for (let i = 0; i < columns.length; i++) {
    const articleId = columns.articleIds[columns.article[i] ?? 0] ?? '';
    if (curated.has(articleId)) continue;
    builder.add(
      columns.ids[i] ?? '',
      articleId,
      records.speakers[columns.speaker[i] ?? 0]?.id ?? '',
      records.topics[columns.topic[i] ?? 0]?.id ?? '',
      STANCES[columns.stance[i] ?? 0] ?? 'neutral',
      STATEMENT_KINDS[columns.kind[i] ?? 0] ?? 'direct',
      columns.start[i] ?? 0,
      columns.end[i] ?? 0,
    );
  }
  for (const s of acceptedGold(gold)) {
    const entry = stanceEntryOf(s);
    if (entry)
      builder.add(
        entry.id,
        entry.articleId,
        entry.speakerId,
        entry.topicId,
        entry.stance,
        entry.kind,
        entry.quote.start,
        entry.quote.end,
      );
  }
  return { articles: records.articles, speakers: records.speakers, topics: records.topics, columns: builder.build() };
}

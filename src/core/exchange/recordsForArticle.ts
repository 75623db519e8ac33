import type { LibraryRecords } from '../model/envelope';

/**
 * The part of a library that one article's export carries: the article, its
 * statements, and the speakers and topics those statements name.
 */
export function recordsForArticle(records: LibraryRecords, articleId: string): LibraryRecords {
  const statements = records.statements.filter((s) => s.articleId === articleId);
  const speakerIds = new Set(statements.map((s) => s.speakerId));
  const topicIds = new Set(statements.map((s) => s.topicId));
  return {
    articles: records.articles.filter((a) => a.id === articleId),
    speakers: records.speakers.filter((s) => speakerIds.has(s.id)),
    topics: records.topics.filter((t) => topicIds.has(t.id)),
    statements,
  };
}

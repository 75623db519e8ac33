import type { Topic } from '../core/model/topic';
import { statementCounts } from '../core/review/countedStatements';
import type { QuotemarkDatabase } from './QuotemarkDatabase';
import { listTopics } from './topicRepository';

/** A topic with how many statements name it, in how many articles. */
export interface TopicSummary {
  topic: Topic;
  statementCount: number;
  articleCount: number;
}

/**
 * Every topic, sorted by label, with its statement and article counts;
 * topics no statement names are listed with zeros (the junk to clean up).
 * Counted as the Speakers list counts (statementCounts: pending suggestions
 * do not), so the two lists agree; a deletion's confirmation counts what it
 * touches separately (registryUsageOf).
 */
export function listTopicSummaries(db: QuotemarkDatabase): Promise<TopicSummary[]> {
  return db.transaction('r', db.topics, db.statements, async () => {
    const [topics, statements] = await Promise.all([listTopics(db), db.statements.toArray()]);
    const articlesByTopic = new Map<string, Set<string>>();
    const statementsByTopic = new Map<string, number>();
    for (const statement of statements) {
      const { topicId, articleId } = statement;
      if (topicId === undefined || !statementCounts(statement)) continue;
      statementsByTopic.set(topicId, (statementsByTopic.get(topicId) ?? 0) + 1);
      const articles = articlesByTopic.get(topicId) ?? new Set<string>();
      articles.add(articleId);
      articlesByTopic.set(topicId, articles);
    }
    return topics.map((topic) => ({
      topic,
      statementCount: statementsByTopic.get(topic.id) ?? 0,
      articleCount: articlesByTopic.get(topic.id)?.size ?? 0,
    }));
  });
}

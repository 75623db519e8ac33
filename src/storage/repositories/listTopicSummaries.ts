import type { Topic } from '../../core/model/topic';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { readRegistryCounts } from '../reads/readRegistryCounts';
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
 * do not), from the same registry totals, so the two lists agree; a
 * deletion's confirmation counts what it touches separately (registryUsageOf).
 */
export function listTopicSummaries(db: QuotemarkDatabase): Promise<TopicSummary[]> {
  return db.transaction('r', db.topics, db.registryTotals, async () => {
    const [topics, counts] = await Promise.all([listTopics(db), readRegistryCounts(db)]);
    return topics.map((topic) => {
      const count = counts.topics.get(topic.id);
      return { topic, statementCount: count?.statementCount ?? 0, articleCount: count?.articleCount ?? 0 };
    });
  });
}

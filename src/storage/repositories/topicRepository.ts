import type { Topic } from '../../core/model/topic';
import { compareByLabel } from '../../core/review/compareByLabel';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';

/**
 * Every topic, sorted by label as a person reads it (compareByLabel; the
 * label index would order by code unit).
 */
export async function listTopics(db: QuotemarkDatabase): Promise<Topic[]> {
  const topics = await db.topics.toArray();
  return topics.sort(compareByLabel);
}

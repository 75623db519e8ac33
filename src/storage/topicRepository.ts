import type { Topic } from '../core/model/topic';
import type { QuotemarkDatabase } from './QuotemarkDatabase';

// Same reason as for speakers: the label index orders by code unit, not as
// a person reads.
const byLabel = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every topic, sorted by label. */
export async function listTopics(db: QuotemarkDatabase): Promise<Topic[]> {
  const topics = await db.topics.toArray();
  return topics.sort((a, b) => byLabel.compare(a.label, b.label));
}

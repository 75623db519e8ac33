import { useState } from 'react';
import type { RegistryUsage } from '../../core/registry/registryUsage';
import { usageWords } from '../common/usageWords';
import { useTopicRecords } from '../data/useTopicRecords';
import { TOPICS_HREF } from '../routing/parseRoute';
import { DeleteTopicButton } from './DeleteTopicButton';
import { TopicReview } from './TopicReview';

/** A topic's page: who is for it, who against, and how that moved, live from the library. */
export function TopicPage({ topicId }: { topicId: string }) {
  const records = useTopicRecords(topicId);
  // Deleted from this page: said as news, not as an error, and Undo brings the page back.
  const [deleted, setDeleted] = useState<{ label: string; usage: RegistryUsage } | null>(null);
  if (!records) return <p aria-busy="true">Loading…</p>;
  const topic = records.topics.find((t) => t.id === topicId);
  if (!topic && deleted) {
    return (
      <p role="status" className="qm-notice">
        Deleted topic “{deleted.label}”.{' '}
        {deleted.usage.statements > 0 &&
          `${usageWords(deleted.usage)} now ${deleted.usage.statements === 1 ? 'has' : 'have'} no topic, quotes and stances kept. `}
        Undo takes it back. <a href={TOPICS_HREF}>Go to Topics</a>.
      </p>
    );
  }
  if (!topic) {
    return (
      <p role="alert">
        There is no such topic in the library (perhaps merged into another). <a href={TOPICS_HREF}>Go to Topics</a>.
      </p>
    );
  }
  return (
    <section aria-labelledby="topic-heading">
      <h1 id="topic-heading">{topic.label}</h1>
      {topic.description && <p className="qm-meta">{topic.description}</p>}
      <div className="qm-toolbar">
        <a href={TOPICS_HREF}>All topics</a>
        <DeleteTopicButton topic={topic} onDeleted={(usage) => setDeleted({ label: topic.label, usage })} />
      </div>
      <TopicReview records={records} topic={topic} />
    </section>
  );
}

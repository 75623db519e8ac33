import { useLibraryRecords } from '../data/useLibraryRecords';
import { TopicReview } from './TopicReview';

/** A topic's page: who is for it, who against, and how that moved, live from the library. */
export function TopicPage({ topicId }: { topicId: string }) {
  const records = useLibraryRecords();
  if (!records) return <p aria-busy="true">Loading…</p>;
  const topic = records.topics.find((t) => t.id === topicId);
  if (!topic) {
    return (
      <p role="alert">
        There is no such topic in the library. <a href="#/stances">Go to Stances</a>.
      </p>
    );
  }
  return (
    <section aria-labelledby="topic-heading">
      <h1 id="topic-heading">{topic.label}</h1>
      {topic.description && <p className="qm-meta">{topic.description}</p>}
      <TopicReview records={records} topic={topic} />
    </section>
  );
}

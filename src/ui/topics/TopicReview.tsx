import { useMemo, useRef } from 'react';
import type { Topic } from '../../core/model/topic';
import type { ReviewRecords } from '../../core/review/ReviewRecords';
import { stanceTimeline } from '../../core/review/stanceTimeline';
import { topicStances } from '../../core/review/topicStances';
import { SaveChartButtons } from '../charts/SaveChartButtons';
import { TimelineChart } from '../charts/TimelineChart';
import { StanceColumn } from './StanceColumn';
import '../review.css';

/** Who is for and against a topic, and how their stances moved over time, from records passed in. */
export function TopicReview({ records, topic }: { records: ReviewRecords; topic: Topic }) {
  const groups = useMemo(() => topicStances(records, topic.id), [records, topic.id]);
  const timelines = useMemo(() => stanceTimeline(records, topic.id), [records, topic.id]);
  const articleTitles = useMemo(() => new Map(records.articles.map((a) => [a.id, a.title])), [records.articles]);
  const chart = useRef<SVGSVGElement>(null);

  if (groups.favor.length + groups.against.length + groups.other.length === 0) {
    return <p className="qm-empty">No confirmed statement takes a stance on this topic yet.</p>;
  }
  return (
    <>
      <div className="qm-topic-columns">
        <StanceColumn
          heading="For"
          entries={groups.favor}
          articleTitles={articleTitles}
          empty="Nobody speaks for it."
        />
        <StanceColumn
          heading="Against"
          entries={groups.against}
          articleTitles={articleTitles}
          empty="Nobody speaks against it."
        />
      </div>
      {groups.other.length > 0 && (
        <StanceColumn heading="Other positions" entries={groups.other} articleTitles={articleTitles} empty="" />
      )}
      <section className="qm-topic-timeline" aria-labelledby="topic-timeline-heading">
        <h2 id="topic-timeline-heading">Over time</h2>
        <TimelineChart timelines={timelines} title={`Stances on ${topic.label} over time`} svgRef={chart} />
        <SaveChartButtons chart={chart} scope={`${topic.label} timeline`} />
      </section>
    </>
  );
}

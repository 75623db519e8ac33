import { useMemo } from 'react';
import { STANCE_LABELS } from '../article/statementLabels';
import { useAllStatements } from '../data/useAllStatements';
import { useSpeakers } from '../data/useSpeakers';
import { useTopics } from '../data/useTopics';
import { articleHref } from '../routing/parseRoute';

/** Every stance taken, by speaker: the quote, the topic, the position. */
export function StancesView() {
  const statements = useAllStatements();
  const speakers = useSpeakers();
  const topics = useTopics();
  const rows = useMemo(() => {
    const speakerName = new Map((speakers ?? []).map((s) => [s.id, s.name]));
    const topicLabel = new Map((topics ?? []).map((t) => [t.id, t.label]));
    return (statements ?? [])
      .filter((s) => s.stance)
      .map((s) => ({
        statement: s,
        speaker: (s.speakerId && speakerName.get(s.speakerId)) || 'No speaker',
        topic: (s.topicId && topicLabel.get(s.topicId)) || 'No topic',
      }))
      .sort((a, b) => a.speaker.localeCompare(b.speaker) || a.topic.localeCompare(b.topic));
  }, [statements, speakers, topics]);

  return (
    <section aria-labelledby="stances-heading">
      <h1 id="stances-heading">Stances</h1>
      {!statements ? (
        <p aria-busy="true">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="qm-empty">No stances yet. Give a statement a topic and a stance to see it here.</p>
      ) : (
        <table className="qm-table">
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              <th scope="col">Topic</th>
              <th scope="col">Stance</th>
              <th scope="col">Quote</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ statement, speaker, topic }) => (
              <tr key={statement.id}>
                <th scope="row">{speaker}</th>
                <td>{topic}</td>
                <td>
                  {statement.stance && <span className={`qm-badge qm-stance-${statement.stance}`}>{STANCE_LABELS[statement.stance]}</span>}
                </td>
                <td>
                  <a href={articleHref(statement.articleId, statement.id)}>“{statement.quote.exact}”</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

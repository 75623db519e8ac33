import type { SpeakerOnTopic } from '../../core/review/topicStances';
import { STANCE_LABELS } from '../common/statementLabels';
import { articleHref, speakerHref } from '../routing/parseRoute';
import '../review.css';

type Props = {
  heading: string;
  entries: readonly SpeakerOnTopic[];
  /** Article titles by id, to say where each quote is from. */
  articleTitles: ReadonlyMap<string, string>;
  empty: string;
};

/** One side of a topic ("For", "Against", "Other positions"): each speaker with their quotes. */
export function StanceColumn({ heading, entries, articleTitles, empty }: Props) {
  const id = `topic-column-${heading.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section className="qm-topic-column" aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="qm-count">({entries.length})</span>
      </h2>
      {entries.length === 0 ? (
        <p className="qm-empty">{empty}</p>
      ) : (
        <ul className="qm-topic-speakers">
          {entries.map(({ speaker, statements }) => (
            <li key={speaker.id}>
              <h3>
                <a href={speakerHref(speaker.id)}>{speaker.name}</a>
              </h3>
              <ul className="qm-topic-quotes">
                {statements.map((statement) => (
                  <li key={statement.id}>
                    {statement.stance && (
                      <span className={`qm-badge qm-stance-${statement.stance}`}>
                        {STANCE_LABELS[statement.stance]}
                      </span>
                    )}{' '}
                    <a href={articleHref(statement.articleId, statement.id)}>“{statement.quote.exact}”</a>{' '}
                    <span className="qm-evidence-article">
                      — {articleTitles.get(statement.articleId) ?? 'Unknown article'}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

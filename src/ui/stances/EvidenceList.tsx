import { useMemo } from 'react';
import type { StanceRecords } from '../../core/review/StanceEntry';
import { STANCE_LABELS } from '../common/statementLabels';
import { useStatements } from '../data/useStatements';
import { articleHref } from '../routing/parseRoute';
import '../review.css';

type Props = {
  /** Where names and titles are looked up. */
  records: Pick<StanceRecords, 'articles' | 'speakers'>;
  /** What was chosen, e.g. "Hua Chunying on Sanctions"; null before any choice. */
  heading: string | null;
  statementIds: readonly string[];
};

/**
 * The statements behind a matrix cell: who, which stance, the quote (a link
 * to its highlight), where. The matrix holds only their ids; the few of the
 * chosen cell are read here, so the view never loads every statement.
 */
export function EvidenceList({ records, heading, statementIds }: Props) {
  const statements = useStatements(statementIds);
  const names = useMemo(() => nameIndex(records), [records]);
  const items = useMemo(() => {
    const { speakers, articles } = names();
    return (statements ?? []).map((statement) => ({
      statement,
      speaker: (statement.speakerId && speakers.get(statement.speakerId)) || 'No speaker',
      article: articles.get(statement.articleId) ?? 'Unknown article',
    }));
  }, [names, statements]);

  return (
    <section role="region" aria-label="Evidence" className="qm-evidence">
      <h2>Evidence</h2>
      {heading === null ? (
        <p className="qm-hint">Choose a cell of the table to see the statements behind it.</p>
      ) : (
        <>
          <p className="qm-meta">{heading}</p>
          {statements === undefined ? (
            <p aria-busy="true">Loading…</p>
          ) : items.length === 0 ? (
            <p className="qm-empty">No statements.</p>
          ) : (
            <ul className="qm-evidence-list">
              {items.map(({ statement, speaker, article }) => (
                <li key={statement.id}>
                  <span className="qm-evidence-speaker">{speaker}</span>{' '}
                  {statement.stance && (
                    <span className={`qm-badge qm-stance-${statement.stance}`}>{STANCE_LABELS[statement.stance]}</span>
                  )}{' '}
                  <a href={articleHref(statement.articleId, statement.id)}>“{statement.quote.exact}”</a>{' '}
                  <span className="qm-evidence-article">— {article}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/**
 * Speaker names and article titles by id, indexed on the first lookup: the
 * page opens with nothing chosen, so a large library is indexed once, when
 * a cell is first chosen, not on every choice.
 */
function nameIndex(records: Props['records']) {
  let index: { speakers: Map<string, string>; articles: Map<string, string> } | undefined;
  return () =>
    (index ??= {
      speakers: new Map(records.speakers.map((s) => [s.id, s.name])),
      articles: new Map(records.articles.map((a) => [a.id, a.title])),
    });
}

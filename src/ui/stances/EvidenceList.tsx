import { useMemo } from 'react';
import type { LibraryRecords } from '../../core/model/envelope';
import type { Statement } from '../../core/model/statement';
import { STANCE_LABELS } from '../common/statementLabels';
import { articleHref } from '../routing/parseRoute';
import '../review.css';

type Props = {
  records: LibraryRecords;
  /** What was chosen, e.g. "Hua Chunying on Sanctions"; null before any choice. */
  heading: string | null;
  statementIds: readonly string[];
};

/** The statements behind a matrix cell: who, which stance, the quote (a link to its highlight), where. */
export function EvidenceList({ records, heading, statementIds }: Props) {
  const lookup = useMemo(() => recordIndex(records), [records]);
  const items = useMemo(() => {
    if (statementIds.length === 0) return [];
    const { statements, speakers, articles } = lookup();
    return statementIds.flatMap((id) => {
      const statement = statements.get(id);
      if (!statement) return [];
      const speaker = (statement.speakerId && speakers.get(statement.speakerId)) || 'No speaker';
      return [{ statement, speaker, article: articles.get(statement.articleId) ?? 'Unknown article' }];
    });
  }, [lookup, statementIds]);

  return (
    <section role="region" aria-label="Evidence" className="qm-evidence">
      <h2>Evidence</h2>
      {heading === null ? (
        <p className="qm-hint">Choose a cell of the table to see the statements behind it.</p>
      ) : (
        <>
          <p className="qm-meta">{heading}</p>
          {items.length === 0 ? (
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
 * Statements, speaker names and article titles by id, indexed on the first
 * lookup: the page opens with nothing chosen, and a library's 20,000
 * statements are then indexed once, not on every choice.
 */
function recordIndex(records: LibraryRecords) {
  let index: { statements: Map<string, Statement>; speakers: Map<string, string>; articles: Map<string, string> } | undefined;
  return () =>
    (index ??= {
      statements: new Map(records.statements.map((s) => [s.id, s])),
      speakers: new Map(records.speakers.map((s) => [s.id, s.name])),
      articles: new Map(records.articles.map((a) => [a.id, a.title])),
    });
}

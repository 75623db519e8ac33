import { memo, useMemo, useState } from 'react';
import { withGold } from '../../core/curation/withGold';
import { exportFileName } from '../../core/exchange/exportFileName';
import { compareArticles } from '../../core/review/compareArticles';
import type { StanceColumnRecords } from '../../core/review/StanceColumns';
import type { StanceRecords } from '../../core/review/StanceEntry';
import type { StanceFilters } from '../../core/review/StanceFilters';
import { stanceMatrix } from '../../core/review/stanceMatrix';
import { MatrixSvg } from '../charts/matrixSvg';
import { SaveChartButtons } from '../charts/SaveChartButtons';
import { downloadFile } from '../common/downloadFile';
import { useGoldStatements } from '../data/useGoldStatements';
import { useStanceRecords } from '../data/useStanceRecords';
import { TOPICS_HREF } from '../routing/parseRoute';
import { matrixCsv } from './matrixCsv';
import { StanceFilterBar } from './StanceFilterBar';
import { StanceMatrixTable } from './StanceMatrixTable';
import '../review.css';

/** The Stances page: who stands where on which topic, live from the library. */
export function StancesView() {
  const library = useStanceRecords();
  const gold = useGoldStatements();
  const [useGold, setUseGold] = useState(true);
  const records = useMemo(() => (library && useGold ? withGold(library, gold) : library), [library, gold, useGold]);
  return (
    <section aria-labelledby="stances-heading">
      <h1 id="stances-heading">Stances</h1>
      <p>
        <a href={TOPICS_HREF}>All topics</a> <span className="qm-hint">(merge or delete topics)</span>
      </p>
      {gold.length > 0 && (
        <p>
          <label>
            <input type="checkbox" checked={useGold} onChange={(e) => setUseGold(e.target.checked)} /> Use gold layer
          </label>{' '}
          <span className="qm-hint">
            (articles a team curated count their gold statements instead of the coding here)
          </span>
        </p>
      )}
      {records ? <StancesReview records={records} /> : <p aria-busy="true">Loading…</p>}
    </section>
  );
}

/**
 * Filters, matrix, evidence, exports: everything below the heading, from
 * records passed in (the stance index's columns, or any records of
 * statements: stanceMatrix counts either). Memoised: the gold layer's
 * query settles just after the matrix is first drawn, and with no gold
 * the records stay the same object, so the table need not render again.
 */
export const StancesReview = memo(function StancesReview({
  records,
}: {
  records: StanceRecords | StanceColumnRecords;
}) {
  const [filters, setFilters] = useState<StanceFilters>({});
  const matrix = useMemo(() => stanceMatrix(records, filters), [records, filters]);
  const articles = useMemo(() => [...records.articles].sort(compareArticles), [records.articles]);
  // The chart of the whole matrix is drawn only when saved: kept in the
  // page it would be hundreds of thousands of SVG elements.
  const chart = () => <MatrixSvg matrix={matrix} title="Stances by speaker and topic" />;
  const filtered = Object.keys(filters).length > 0;

  const statementCount = 'columns' in records ? records.columns.length : records.statements.length;
  if (statementCount === 0 || (!filtered && matrix.speakers.length === 0)) {
    return (
      <p className="qm-empty">
        No stances yet. In an article, give a statement a speaker, a topic and a stance (and confirm it); the matrix of
        who stands where appears here.
      </p>
    );
  }
  return (
    <>
      <StanceFilterBar articles={articles} filters={filters} onChange={setFilters} />
      {matrix.speakers.length === 0 ? (
        <p className="qm-empty">No stances match these filters.</p>
      ) : (
        <>
          <div className="qm-review-actions">
            <button
              type="button"
              onClick={() =>
                downloadFile(exportFileName('stance-matrix', 'csv'), matrixCsv(matrix), 'text/csv;charset=utf-8')
              }
            >
              Export matrix CSV
            </button>
            <SaveChartButtons chart={chart} scope="stance-matrix" />
          </div>
          <StanceMatrixTable records={records} matrix={matrix} />
        </>
      )}
    </>
  );
});

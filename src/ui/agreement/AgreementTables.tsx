import { CODING_FIELDS, type ProjectAgreementReport, type ScopeAgreement } from '../../core/agreement/projectAgreement';
import { STATEMENT_KINDS } from '../../core/model/statement';
import { articleHref } from '../routing/parseRoute';
import { coefficientText, percentText } from './figureWords';

const FIELD_WORDS = { speaker: 'Speaker', kind: 'Kind', topic: 'Topic', stance: 'Stance' } as const;
const KIND_WORDS = { direct: 'Direct', indirect: 'Indirect', mixed: 'Mixed' } as const;

/** The report's tables: the project's figures, quotes per coder, coder × coder, then the articles, lowest agreement first. */
export function AgreementTables({
  report,
  curateHref,
}: {
  report: ProjectAgreementReport;
  /** Where to curate an article (owners): each article row links there. */
  curateHref?: ((articleId: string) => string) | undefined;
}) {
  const nameOf = (id: string) => report.coders.find((c) => c.id === id)?.name ?? id;
  const { project } = report;
  return (
    <>
      <p className="qm-hint">
        Confirmed statements count, of every coder whose statements reached this device; speakers and topics are
        compared by name. Span α (Krippendorff’s unitizing α) measures where quotes begin and end; the other α over
        quotes two coders matched. 1 is full agreement, 0 chance; “—” means too little to compare.
      </p>
      <h2>Project</h2>
      <ScopeFigures scope={project} />
      <h3>Quotes marked</h3>
      <table className="qm-table" aria-label="Quotes marked per coder">
        <thead>
          <tr>
            <th scope="col">Coder</th>
            <th scope="col">Quotes</th>
          </tr>
        </thead>
        <tbody>
          {project.coders.map((id) => (
            <tr key={id}>
              <th scope="row">{nameOf(id)}</th>
              <td>{project.unitsByCoder[id] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Coder × coder</h3>
      <table className="qm-table" aria-label="Coder × coder">
        <thead>
          <tr>
            <th scope="col">Coders</th>
            {CODING_FIELDS.map((field) => (
              <th key={field} scope="col">
                {FIELD_WORDS[field]} κ (agreement)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {project.pairs.map((pair) => (
            <tr key={`${pair.first}/${pair.second}`}>
              <th scope="row">
                {nameOf(pair.first)} × {nameOf(pair.second)}
              </th>
              {CODING_FIELDS.map((field) => (
                <td key={field}>
                  {coefficientText(pair.fields[field].kappa)} ({percentText(pair.fields[field].percent)})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Articles, lowest agreement first</h2>
      <table className="qm-table" aria-label="Articles by agreement">
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Span α</th>
            {CODING_FIELDS.map((field) => (
              <th key={field} scope="col">
                {FIELD_WORDS[field]} α
              </th>
            ))}
            <th scope="col">Quotes per coder</th>
            {curateHref && <th scope="col">Curation</th>}
          </tr>
        </thead>
        <tbody>
          {report.articles.map((article) => (
            <tr key={article.articleId}>
              <th scope="row">
                <a href={articleHref(article.articleId)}>{article.title}</a>
              </th>
              <td>{coefficientText(article.spans.statement)}</td>
              {CODING_FIELDS.map((field) => (
                <td key={field}>{coefficientText(article.fields[field].alpha)}</td>
              ))}
              <td>{article.coders.map((id) => `${nameOf(id)} ${article.unitsByCoder[id] ?? 0}`).join(', ')}</td>
              {curateHref && (
                <td>
                  <a href={curateHref(article.articleId)} aria-label={`Curate ${article.title}`}>
                    Curate
                  </a>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** One scope's α: quote spans overall and per kind, then each field over the matched quotes. */
function ScopeFigures({ scope }: { scope: ScopeAgreement }) {
  return (
    <table className="qm-table" aria-label="Project agreement">
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">α</th>
          <th scope="col">Agreement</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Quote spans, all kinds</th>
          <td>{coefficientText(scope.spans.statement)}</td>
          <td />
        </tr>
        {STATEMENT_KINDS.map((kind) => (
          <tr key={kind}>
            <th scope="row">Quote spans, {KIND_WORDS[kind].toLowerCase()}</th>
            <td>{coefficientText(scope.spans.kinds[kind])}</td>
            <td />
          </tr>
        ))}
        {CODING_FIELDS.map((field) => (
          <tr key={field}>
            <th scope="row">
              {FIELD_WORDS[field]}, over {scope.matchedUnits} matched {scope.matchedUnits === 1 ? 'quote' : 'quotes'}
            </th>
            <td>{coefficientText(scope.fields[field].alpha)}</td>
            <td>{percentText(scope.fields[field].percent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

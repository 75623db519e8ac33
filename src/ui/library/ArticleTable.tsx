import type { ArticleSummary } from '../../storage/repositories/articleRepository';
import { formatDate } from '../common/formatDate';
import { articleHref } from '../routing/parseRoute';

interface Props {
  articles: ArticleSummary[];
  onDelete: (article: ArticleSummary) => void;
}

/** The library's articles: title, source, dates and statement count. */
export function ArticleTable({ articles, onDelete }: Props) {
  return (
    <table className="qm-table qm-table--cards">
      <caption className="qm-visually-hidden">Articles in the library</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Source</th>
          <th scope="col">Published</th>
          <th scope="col">Added</th>
          <th scope="col" className="qm-num">Statements</th>
          <th scope="col">
            <span className="qm-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              <a href={articleHref(a.id)}>{a.title}</a>
            </th>
            <td data-label="Source">{a.source}</td>
            <td data-label="Published">{formatDate(a.publishedAt)}</td>
            <td data-label="Added">
              <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
            </td>
            <td className="qm-num" data-label="Statements">{a.statementCount}</td>
            <td>
              <button type="button" className="qm-quiet" onClick={() => onDelete(a)} aria-label={`Delete article “${a.title}”`}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

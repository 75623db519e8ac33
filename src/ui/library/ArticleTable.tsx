import type { ArticleSummary } from '../../storage/articleRepository';
import { formatDate } from '../common/formatDate';
import { articleHref } from '../routing/parseRoute';

/** The library's articles: title, source, dates and statement count. */
export function ArticleTable({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) {
    return <p className="qm-empty">No articles yet. Load the sample or paste an article to begin.</p>;
  }
  return (
    <table className="qm-table">
      <caption className="qm-visually-hidden">Articles in the library</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Source</th>
          <th scope="col">Published</th>
          <th scope="col">Added</th>
          <th scope="col" className="qm-num">Statements</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              <a href={articleHref(a.id)}>{a.title}</a>
            </th>
            <td>{a.source}</td>
            <td>{formatDate(a.publishedAt)}</td>
            <td>
              <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
            </td>
            <td className="qm-num">{a.statementCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

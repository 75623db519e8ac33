import type { ArticleSummary } from '../../storage/repositories/articleRepository';
import { formatDate } from '../common/formatDate';
import { articleHref } from '../routing/parseRoute';
import { TableRows, tableRowCount } from '../common/TableRows';

interface Props {
  articles: ArticleSummary[];
  onDelete: (article: ArticleSummary) => void;
  /** Names of the team projects joined, by id: with any, a Project column says where each article belongs. */
  projectNames?: ReadonlyMap<string, string>;
  /** Whether an article may be deleted here (a project's article only by its owner). */
  canDelete?: (article: ArticleSummary) => boolean;
}

/** The library's articles: title, source, dates, statement count, and the project of each when there are projects. */
export function ArticleTable({ articles, onDelete, projectNames, canDelete = () => true }: Props) {
  const projects = projectNames !== undefined && (projectNames.size > 0 || articles.some((a) => a.projectId));
  return (
    <table className="qm-table qm-table--cards" aria-rowcount={tableRowCount(articles.length)}>
      <caption className="qm-visually-hidden">Articles in the library</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          {projects && <th scope="col">Project</th>}
          <th scope="col">Source</th>
          <th scope="col">Published</th>
          <th scope="col">Added</th>
          <th scope="col" className="qm-num">
            Statements
          </th>
          <th scope="col">
            <span className="qm-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <TableRows
        count={articles.length}
        rowKey={(i) => articles[i]?.id ?? String(i)}
        estimateSize={41}
        row={(i) => {
          const a = articles[i];
          return (
            a && (
              <ArticleRow
                article={a}
                onDelete={onDelete}
                projectNames={projects ? projectNames : undefined}
                canDelete={canDelete}
              />
            )
          );
        }}
      />
    </table>
  );
}

interface RowProps {
  article: ArticleSummary;
  onDelete: (article: ArticleSummary) => void;
  /** Given when the table has a Project column. */
  projectNames: ReadonlyMap<string, string> | undefined;
  canDelete: (article: ArticleSummary) => boolean;
}

/** The cells of one article's row. */
function ArticleRow({ article: a, onDelete, projectNames, canDelete }: RowProps) {
  return (
    <>
      <th scope="row">
        <a href={articleHref(a.id)}>{a.title}</a>
      </th>
      {projectNames && (
        <td data-label="Project">{a.projectId ? (projectNames.get(a.projectId) ?? 'A project you left') : 'Local'}</td>
      )}
      <td data-label="Source">{a.source}</td>
      <td data-label="Published">{formatDate(a.publishedAt)}</td>
      <td data-label="Added">
        <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
      </td>
      <td className="qm-num" data-label="Statements">
        {a.statementCount}
      </td>
      <td>
        {canDelete(a) && (
          <button
            type="button"
            className="qm-quiet"
            onClick={() => onDelete(a)}
            aria-label={`Delete article “${a.title}”`}
          >
            Delete
          </button>
        )}
      </td>
    </>
  );
}

import { useState } from 'react';
import type { Article } from '../../core/model/article';
import { formatDate } from '../common/formatDate';
import { ExportButtons } from '../exchange/ExportButtons';
import { ArticleDetailsForm } from './ArticleDetailsForm';

/** Title and metadata of an article, with their editor one click away (when the person may edit them; the project, when it has one). */
export function ArticleHeader({
  article,
  canEdit = true,
  projectName,
}: {
  article: Article;
  canEdit?: boolean;
  projectName?: string;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <header className="qm-article-header">
      <h1>{article.title}</h1>
      <p className="qm-meta">
        {[article.source, article.author, formatDate(article.publishedAt)].filter(Boolean).join(' · ')}
        {article.url && /^https?:\/\//i.test(article.url) && (
          <>
            {' · '}
            <a href={article.url} target="_blank" rel="noopener noreferrer nofollow">
              original
            </a>
          </>
        )}{' '}
        {projectName && <> · in project “{projectName}”</>}{' '}
        {!editing && canEdit && (
          <button type="button" className="qm-quiet" onClick={() => setEditing(true)}>
            Edit details
          </button>
        )}
      </p>
      {editing && <ArticleDetailsForm article={article} onDone={() => setEditing(false)} />}
      <details className="qm-article-export">
        <summary>Export this article</summary>
        <div className="qm-toolbar">
          <ExportButtons scope={{ kind: 'article', articleId: article.id, title: article.title }} />
        </div>
      </details>
    </header>
  );
}

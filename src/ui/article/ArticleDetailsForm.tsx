import { useState, type FormEvent } from 'react';
import type { Article } from '../../core/model/article';
import { appDatabase } from '../../storage/database/appDatabase';
import { updateArticleDetails } from '../../storage/repositories/articleRepository';
import { settleWrite } from '../common/settleWrite';
import { ErrorMessage } from '../common/ErrorMessage';

const FIELDS = [
  { key: 'title', label: 'Title', type: 'text' },
  { key: 'source', label: 'Source', type: 'text' },
  { key: 'url', label: 'URL', type: 'url' },
  { key: 'publishedAt', label: 'Published date', type: 'date' },
  { key: 'author', label: 'Author', type: 'text' },
] as const;
type Details = Record<(typeof FIELDS)[number]['key'], string>;

/** Title, outlet, URL, date and author of an article, editable at any time. */
export function ArticleDetailsForm({ article, onDone }: { article: Article; onDone: () => void }) {
  const [details, setDetails] = useState<Details>({
    title: article.title,
    source: article.source ?? '',
    url: article.url ?? '',
    // A date input takes only YYYY-MM-DD; a full timestamp keeps its day.
    publishedAt: article.publishedAt?.slice(0, 10) ?? '',
    author: article.author ?? '',
  });
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settleWrite(updateArticleDetails(appDatabase, article.id, details));
    if (result.ok) onDone();
    else setError(result.error);
  };

  return (
    <form className="qm-form qm-details-form" aria-label="Article details" onSubmit={submit} noValidate>
      {FIELDS.map((field) => (
        <label key={field.key}>
          {field.label}
          <input
            type={field.type}
            value={details[field.key]}
            onChange={(e) => setDetails((d) => ({ ...d, [field.key]: e.target.value }))}
          />
        </label>
      ))}
      <ErrorMessage message={error} />
      <div className="qm-actions">
        <button type="submit">Save details</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
